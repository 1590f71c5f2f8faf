/// What a document says about itself rather than about the news: title, dateline, date.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    /// The page title (from HTML `<title>`), if any.
    public var title: String?
    /// The dateline place as written ("BAKU, Azerbaijan" → "Baku").
    public var datelinePlace: String?
    /// The dateline's region or country part, if written ("Azerbaijan").
    public var datelineRegion: String?
    /// The news agency named in the dateline ("AP", "Reuters").
    public var agency: String?
    /// The publication date as ISO 8601 (`2025-07-01`), from a timestamp line or the dateline.
    public var date: String?
    /// The byline with "By" removed ("Jane Roe and John Doe").
    public var byline: String?

    /// Metadata with the given parts; all are optional.
    public init(title: String? = nil, datelinePlace: String? = nil, datelineRegion: String? = nil,
                agency: String? = nil, date: String? = nil, byline: String? = nil) {
        self.title = title
        self.datelinePlace = datelinePlace
        self.datelineRegion = datelineRegion
        self.agency = agency
        self.date = date
        self.byline = byline
    }
}
