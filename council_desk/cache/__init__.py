"""The encrypted local case cache (SQLCipher 4): paths, keys, schema, the `CaseStore` and its queries."""
