"""Writers: the report as plain text or as a GB/T 9704 Word file."""
