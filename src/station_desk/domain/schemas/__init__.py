"""JSON Schemas of the files the app reads: instruments and seed vocabularies."""
