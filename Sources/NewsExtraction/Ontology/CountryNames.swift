import KnowledgeGraph
import NewsText

/// The ontology's countries by their names, and its cities' countries: what the stages that tie a text to a country
/// (a generic organization's name, an incident with no place of its own) look names up in.
struct CountryNames: Sendable {
    /// Countries by every lower-case name and demonym (the first country of a name).
    let byName: [String: (id: NodeID, label: String)]
    /// Country labels by ID.
    let labels: [NodeID: String]
    /// Cities' countries by lower-case city name (the first city of a name).
    let cityCountries: [String: NodeID]

    /// The countries and cities of `ontology`.
    init(ontology: Ontology) {
        var byName: [String: (id: NodeID, label: String)] = [:]
        var labels: [NodeID: String] = [:]
        var cityCountries: [String: NodeID] = [:]
        for entry in ontology.entries {
            if entry.type == "Country" {
                labels[entry.id] = entry.label
                for name in [entry.label] + entry.aliases + entry.demonyms where byName[name.lowercased()] == nil {
                    byName[name.lowercased()] = (entry.id, entry.label)
                }
            } else if entry.type == "City", let country = entry.partOf, cityCountries[entry.label.lowercased()] == nil {
                cityCountries[entry.label.lowercased()] = country
            }
        }
        self.byName = byName
        self.labels = labels
        self.cityCountries = cityCountries
    }

    /// The country of a dateline: its region part when that is a country ("KAMPALA, Uganda"), else the country its
    /// place names ("SINGAPORE") or the country of that city ("ISLAMABAD").
    func datelineCountry(of metadata: DocumentMetadata) -> (id: NodeID, label: String)? {
        if let region = metadata.datelineRegion?.lowercased(), let country = byName[region] { return country }
        guard let place = metadata.datelinePlace?.lowercased() else { return nil }
        if let country = byName[place] { return country }
        return cityCountries[place].flatMap { id in labels[id].map { (id, $0) } }
    }
}
