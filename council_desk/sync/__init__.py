"""The 311 access-system client: sign-in (OAuth 2.0 + PKCE), tokens, transport, and the sync engine.

Qt-free and free of globals, so the desktop app can drive it from worker threads.
"""
