"""Qt-free domain vocabulary and policies shared by the client and the training sandbox."""
