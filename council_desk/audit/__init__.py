"""The tamper-evident, hash-chained audit log of access and disclosure, and the privacy officer's report."""
