import ClinicalModel

extension CaseDecoder {
    /// A measured value (docs/SCHEMA.md "Measured values"): a number; a list of numbers (ROIs of one
    /// observer); a list whose elements are all lists (observers); or `{observers: [...]}` whose
    /// elements are numbers or ROI lists. Every reading is checked against `quantity` and reported
    /// with its own index, e.g. `nic_percent[2]` or `nic_percent.observers[1][0]`.
    /// - Returns: `nil` after reporting an error.
    mutating func measurement(_ node: SourceNode, at path: String, _ quantity: Quantity) -> Measurement? {
        switch node.content {
        case .scalar:
            return number(node, at: path, quantity).map { Measurement($0) }
        case .sequence(let elements):
            guard !elements.isEmpty else {
                fail(.emptyList, path, line: node.line, "the list is empty; give at least one value")
                return nil
            }
            let lists = elements.filter { if case .sequence = $0.content { return true } else { return false } }.count
            if lists == 0 {
                return numbers(elements, at: path, quantity).map { Measurement(rois: $0) }
            }
            guard lists == elements.count else {
                fail(.mixedList, path, line: node.line,
                     "the list mixes single numbers and lists; write the ROI values of one observer as [17.1, 17.6, 17.5], or several observers as {observers: [17.3, [17.9, 18.2]]}")
                return nil
            }
            return observers(elements, at: path, quantity)
        case .mapping:
            guard let fields = open(node, at: path, allowed: CaseSchema.observerKeys, what: "a number, a list of ROI values or {observers: [...]}") else { return nil }
            guard let list = fields["observers"] else {
                fail(.missingValue, fields.path("observers"), line: node.line, "missing; list each observer's value or ROI values")
                return nil
            }
            guard case .sequence(let elements) = list.content else {
                fail(.wrongType, fields.path("observers"), line: list.line, "expected a list of observers, found \(list.foundDescription)")
                return nil
            }
            guard !elements.isEmpty else {
                fail(.emptyList, fields.path("observers"), line: list.line, "the list is empty; give at least one observer")
                return nil
            }
            return observers(elements, at: fields.path("observers"), quantity)
        }
    }

    /// Observers: each element a number or a non-empty list of numbers.
    private mutating func observers(_ elements: [SourceNode], at path: String, _ quantity: Quantity) -> Measurement? {
        var readings: [[Double]] = []
        var valid = true
        for (index, element) in elements.enumerated() {
            let elementPath = Self.join(path, index)
            switch element.content {
            case .scalar:
                if let value = number(element, at: elementPath, quantity) { readings.append([value]) } else { valid = false }
            case .sequence(let rois):
                guard !rois.isEmpty else {
                    fail(.emptyList, elementPath, line: element.line, "the list is empty; give at least one value")
                    valid = false
                    continue
                }
                if let values = numbers(rois, at: elementPath, quantity) { readings.append(values) } else { valid = false }
            case .mapping:
                fail(.wrongType, elementPath, line: element.line, "expected a number or a list of ROI values, found a group of keys")
                valid = false
            }
        }
        return valid ? Measurement(observers: readings) : nil
    }

    /// Every element a number; all are checked so that every bad reading is reported.
    private mutating func numbers(_ elements: [SourceNode], at path: String, _ quantity: Quantity) -> [Double]? {
        var values: [Double] = []
        values.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if case .sequence = element.content {
                fail(.wrongType, Self.join(path, index), line: element.line, "expected \(quantity.expectation), found a list inside a list of ROI values")
            } else if let value = number(element, at: Self.join(path, index), quantity) {
                values.append(value)
            }
        }
        return values.count == elements.count ? values : nil
    }
}
