/// The resources of one kind in a document (graphics states, patterns): each key gets
/// a name (`prefix` and a number) and an object number the first time it is asked for, and
/// `entries` lists them in that order for the resource dictionary.
struct PDFResourceCategory<Key: Hashable> {
    /// A named resource and its object.
    struct Entry {
        let name: String
        let object: Int
    }

    /// The name's prefix (`GS`, `P`).
    let prefix: String
    private var index: [Key: Int] = [:]
    /// The entries in the order they were made.
    private(set) var entries: [Entry] = []

    init(prefix: String) { self.prefix = prefix }

    /// The entry of `key`, made on first use with an object number from `reserve`.
    /// - Returns: the entry, and whether it is new (its object is then still to be written).
    mutating func entry(for key: Key, reserve: () -> Int) -> (entry: Entry, isNew: Bool) {
        if let position = index[key] { return (entries[position], false) }
        let entry = Entry(name: prefix + String(entries.count), object: reserve())
        index[key] = entries.count
        entries.append(entry)
        return (entry, true)
    }
}
