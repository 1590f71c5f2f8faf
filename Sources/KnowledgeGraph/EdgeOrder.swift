/// The order of edge keys (``Edge/Key/<(_:_:)``: source, relation, then target, each compared as strings),
/// found fast: each distinct node ID and relation is ranked once by ``TextOrder``, and the keys are sorted
/// by their three ranks. Comparing the strings at each step of the sort took a third of an export.
struct EdgeOrder {
    /// The indices of the keys, in key order; equal keys in index order.
    let sortedIndices: [Int]
    /// The relations of the keys, each once, sorted.
    let relations: [String]
    /// For each key, where its relation is in ``relations``.
    let relationIndices: [Int]

    /// The order of `keys`; `sortedIDs`, if given, are distinct IDs in order (the graph's nodes), whose ranks
    /// need not be found again.
    init(_ keys: [Edge.Key], sortedIDs: [NodeID] = []) {
        // Each distinct ID and relation gets a slot, the given IDs first, then in the order met; TextOrder then
        // ranks the slots, unless every ID was given.
        var idSlots: [NodeID: Int] = [:]
        var ids: [String] = []
        var relationSlots: [String: Int] = [:]
        var relations: [String] = []
        idSlots.reserveCapacity(sortedIDs.count + keys.count)
        for id in sortedIDs {
            idSlots[id] = ids.count
            ids.append(id.rawValue)
        }
        func slot(of id: NodeID) -> Int {
            if let slot = idSlots[id] { return slot }
            idSlots[id] = ids.count
            ids.append(id.rawValue)
            return ids.count - 1
        }
        var slots: [(source: Int, relation: Int, target: Int)] = []
        slots.reserveCapacity(keys.count)
        for key in keys {
            let relation: Int
            if let known = relationSlots[key.relation] {
                relation = known
            } else {
                relation = relations.count
                relationSlots[key.relation] = relation
                relations.append(key.relation)
            }
            slots.append((slot(of: key.source), relation, slot(of: key.target)))
        }
        let idRanks = ids.count == sortedIDs.count ? Array(ids.indices) : TextOrder(ids).ranks
        let relationRanks = TextOrder(relations).ranks  // distinct, so each rank once
        let ranked = slots.map { (idRanks[$0.source], relationRanks[$0.relation], idRanks[$0.target]) }
        sortedIndices = keys.indices.sorted { a, b in
            let rankA = ranked[a], rankB = ranked[b]
            return rankA < rankB || (rankA == rankB && a < b)
        }
        var sortedRelations = relations
        for (slot, rank) in relationRanks.enumerated() { sortedRelations[rank] = relations[slot] }
        self.relations = sortedRelations
        relationIndices = ranked.map(\.1)
    }
}
