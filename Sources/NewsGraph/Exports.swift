@_exported import GraphExport
@_exported import KnowledgeGraph
@_exported import NewsExtraction
@_exported import NewsText
@_exported import NewsTagger
