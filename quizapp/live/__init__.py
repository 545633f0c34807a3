"""Live class sessions: a Qt-free protocol and session state, the Qt HTTP/WebSocket host that
serves them on the school network, and the student page in ``web/``."""
