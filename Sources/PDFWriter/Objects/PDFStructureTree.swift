import Canvas

/// The logical structure of a tagged PDF being written (ISO 32000-1 §14.7–14.8): structure
/// elements as the composer opens them, the marked content of each page that belongs to them,
/// and the link annotations they own; written as the structure tree and its parent tree when the
/// document is finished.
///
/// Elements may stay open across pages (a table continued on the next page stays one table).
/// Text drawn while no element is open becomes a paragraph of its own, so nothing is left out of
/// the tree. Bookkeeping is O(1) per element and per marked-content sequence.
final class PDFStructureTree {
    /// One kid of an element, in reading order.
    enum Kid {
        case element(Int)
        /// Marked-content sequence `mcid` of page `page` (0-based).
        case content(page: Int, mcid: Int)
        /// A link annotation (object number) on page `page`.
        case annotation(page: Int, object: Int)
    }

    struct Node {
        var element: StructureElement
        /// Index of the parent node, -1 for the top level.
        var parent: Int
        var kids: [Kid] = []
        /// Whether the node is a figure or inside one (its drawing is content, not decoration).
        var isFigure: Bool
    }

    /// What a parent-tree key stands for.
    private enum ParentEntry {
        /// The MCIDs of page `page`.
        case page(Int)
        /// A link annotation owned by node `node`.
        case annotation(node: Int)
    }

    private(set) var nodes: [Node] = []
    private var topLevel: [Int] = []
    private var open: [Int] = []
    /// The paragraph holding text drawn while no element is open, until the next element opens.
    private var implicitParagraph: Int?
    /// Per page: its object number and the node owning each MCID (index = MCID).
    private var pages: [(object: Int, owners: [Int])] = []
    /// Parent-tree entries by key.
    private var parentEntries: [ParentEntry] = []
    /// Whether the innermost open element is (inside) a figure.
    private(set) var isInsideFigure = false

    /// Opens `element` inside the innermost open element.
    func begin(_ element: StructureElement) {
        let index = nodes.count
        let parent = open.last ?? -1
        let isFigure = element.role == .figure || isInsideFigure
        nodes.append(Node(element: element, parent: parent, isFigure: isFigure))
        if parent >= 0 { nodes[parent].kids.append(.element(index)) } else { topLevel.append(index) }
        open.append(index)
        isInsideFigure = isFigure
        implicitParagraph = nil
    }

    /// Closes the innermost open element (no-op when none is open).
    func end() {
        _ = open.popLast()
        isInsideFigure = open.last.map { nodes[$0].isFigure } ?? false
        implicitParagraph = nil
    }

    /// The element that text drawn now belongs to: the innermost open one, else a paragraph of its own.
    func contentOwner() -> Int {
        if let innermost = open.last { return innermost }
        if let implicitParagraph { return implicitParagraph }
        let index = nodes.count
        nodes.append(Node(element: .paragraph, parent: -1, isFigure: false))
        topLevel.append(index)
        implicitParagraph = index
        return index
    }

    /// The structure type of node `node`, as written in the content stream's `BDC`.
    func role(of node: Int) -> StructureElement.Role { nodes[node].element.role }

    /// Starts page `object`, whose parent-tree key is returned (its `/StructParents`).
    func beginPage(object: Int) -> Int {
        pages.append((object, []))
        parentEntries.append(.page(pages.count - 1))
        return parentEntries.count - 1
    }

    /// A new marked-content identifier on the current page for content of `node`.
    func markContent(of node: Int) -> Int {
        let page = pages.count - 1
        let mcid = pages[page].owners.count
        pages[page].owners.append(node)
        nodes[node].kids.append(.content(page: page, mcid: mcid))
        return mcid
    }

    /// The element a link drawn now belongs to: the innermost open Link element, else a new Link
    /// element described by `description` inside the innermost open element.
    func linkOwner(description: String) -> Int {
        if let innermost = open.last, nodes[innermost].element.role == .link { return innermost }
        begin(.link(description: description))
        let index = open[open.count - 1]
        end()
        return index
    }

    /// What link element `node` says it does (its `/Alt`), for the annotation's `/Contents`.
    func description(of node: Int) -> String? { nodes[node].element.alternativeText }

    /// Attaches annotation `object` on the current page to `node`; returns its `/StructParent` key.
    func attachAnnotation(_ object: Int, to node: Int) -> Int {
        nodes[node].kids.append(.annotation(page: pages.count - 1, object: object))
        parentEntries.append(.annotation(node: node))
        return parentEntries.count - 1
    }

    /// Writes the structure elements, the parent tree and the structure tree root into `file`.
    /// The top level is one Document element (the one the composer opened, or one made to hold
    /// the top-level elements).
    /// - Returns: the `/StructTreeRoot` object number.
    func write(into file: inout PDFObjectFile) -> Int {
        var documentNode: Int
        if topLevel.count == 1, nodes[topLevel[0]].element.role == .document {
            documentNode = topLevel[0]
        } else {
            documentNode = nodes.count
            nodes.append(Node(element: StructureElement(.document), parent: -1, kids: topLevel.map { .element($0) }, isFigure: false))
            for index in topLevel { nodes[index].parent = documentNode }
        }
        let root = file.reserve()
        let objects = nodes.map { _ in file.reserve() }
        let parentTree = file.reserve()
        for (index, node) in nodes.enumerated() {
            // The page of the element's first content: its MCIDs there are written as integers.
            var homePage: Int?
            for kid in node.kids {
                switch kid {
                case .content(let page, _), .annotation(let page, _): homePage = page
                case .element: continue
                }
                break
            }
            file.write(objects[index]) { out in
                // `/Type /StructElem` is optional (ISO 32000-1, Table 323) and left out: 16 bytes an element.
                out.append("<</S")
                out.append(name: node.element.role.rawValue)
                out.append("/P ")
                out.append(reference: node.parent < 0 ? root : objects[node.parent])
                if let homePage {
                    out.append("/Pg ")
                    out.append(reference: pages[homePage].object)
                }
                if let alternativeText = node.element.alternativeText {
                    out.append("/Alt")
                    out.append(textString: alternativeText)
                }
                if let language = node.element.language {
                    out.append("/Lang")
                    out.append(textString: language)
                }
                if let scope = node.element.scope {
                    out.append("/A<</O/Table/Scope/")
                    out.append(scope.rawValue)
                    out.append(">>")
                }
                out.append("/K[")
                for (position, kid) in node.kids.enumerated() {
                    if position > 0 { out.append(" ") }
                    switch kid {
                    case .element(let child):
                        out.append(reference: objects[child])
                    case .content(let page, let mcid):
                        if page == homePage {
                            out.append(integer: mcid)
                        } else {
                            out.append("<</Type/MCR/Pg ")
                            out.append(reference: pages[page].object)
                            out.append("/MCID ")
                            out.append(integer: mcid)
                            out.append(">>")
                        }
                    case .annotation(let page, let object):
                        out.append("<</Type/OBJR/Pg ")
                        out.append(reference: pages[page].object)
                        out.append("/Obj ")
                        out.append(reference: object)
                        out.append(">>")
                    }
                }
                out.append("]>>")
            }
        }
        let entries = parentEntries
        let pageOwners = pages.map(\.owners)
        file.write(parentTree) { out in
            out.append("<</Nums[")
            for (key, entry) in entries.enumerated() {
                if key > 0 { out.append(" ") }
                out.append(integer: key)
                out.append(" ")
                switch entry {
                case .page(let page):
                    out.append(references: pageOwners[page].map { objects[$0] })
                case .annotation(let node):
                    out.append(reference: objects[node])
                }
            }
            out.append("]>>")
        }
        file.write(root) { out in
            out.append("<</Type/StructTreeRoot/K ")
            out.append(reference: objects[documentNode])
            out.append("/ParentTree ")
            out.append(reference: parentTree)
            out.append("/ParentTreeNextKey ")
            out.append(integer: entries.count)
            out.append(">>")
        }
        return root
    }
}
