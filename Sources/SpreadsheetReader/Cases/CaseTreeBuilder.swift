import CaseReader

/// Assembles a case-file tree from dotted paths, keeping the order in which keys were first set.
final class CaseTreeBuilder {
    private var keys: [String] = []
    private var leaves: [String: SourceNode] = [:]
    private var children: [String: CaseTreeBuilder] = [:]
    /// The place of the group itself (a row), for errors about the group.
    let line: Int

    init(line: Int) { self.line = line }

    /// Sets the value at `path` (`["arterial", "nic_percent"]`), creating groups on the way with `line`.
    func set(_ path: ArraySlice<String>, _ node: SourceNode) {
        guard let key = path.first else { return }
        if path.count == 1 {
            if leaves[key] == nil && children[key] == nil { keys.append(key) }
            leaves[key] = node
            return
        }
        if children[key] == nil {
            if leaves[key] == nil { keys.append(key) }
            children[key] = CaseTreeBuilder(line: line)
        }
        children[key]!.set(path.dropFirst(), node)
    }

    /// Sets the value at a dotted path.
    func set(_ dotted: String, _ node: SourceNode) {
        set(ArraySlice(dotted.split(separator: ".").map(String.init)), node)
    }

    /// The mapping node.
    var node: SourceNode {
        SourceNode(content: .mapping(keys.map { key in
            let value = leaves[key] ?? children[key]!.node
            return SourceEntry(key: key, keyLine: value.line, value: value)
        }), line: line)
    }
}
