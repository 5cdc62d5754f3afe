"""Length-prefixed messages over two pipe file descriptors (the render worker's stdin and
stdout): the same on every platform, and nothing of multiprocessing's machinery (no fork
server, no resource tracker, no re-import of the parent's main module in the worker)."""

from __future__ import annotations

import os
import struct

HEADER = struct.Struct("!Q")  # the length of the message that follows
CHUNK = 1 << 20  # bytes per read or write call


class MessageTooLarge(OSError):
    """The other end announced a message longer than the reader accepts."""


def _read_exact(fd: int, size: int) -> bytes:
    if size <= CHUNK:
        data = os.read(fd, size)
        if len(data) == size:
            return data
        parts, got = [data], len(data)
    else:
        parts, got = [], 0
    while got < size:
        if parts and not parts[-1]:
            raise EOFError("the pipe was closed")
        part = os.read(fd, min(CHUNK, size - got))
        parts.append(part)
        got += len(part)
    return b"".join(parts)


class Channel:
    """One end: reads messages from ``read_fd``, writes them to ``write_fd``. Blocking;
    the parent polls through a reader thread (editor.render.sandbox)."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self.read_fd = read_fd
        self.write_fd = write_fd
        if os.name == "nt":  # the C runtime's text mode would translate line ends
            import msvcrt

            for fd in (read_fd, write_fd):
                msvcrt.setmode(fd, os.O_BINARY)

    def send_bytes(self, data: bytes) -> None:
        view = memoryview(HEADER.pack(len(data)) + data if len(data) < CHUNK else data)
        if len(data) >= CHUNK:
            self._write(memoryview(HEADER.pack(len(data))))
        self._write(view)

    def _write(self, view: memoryview) -> None:
        while view:
            written = os.write(self.write_fd, view[:CHUNK])
            view = view[written:]

    def recv_bytes(self, maxlength: int | None = None) -> bytes:
        """The next message; EOFError when the other end closed the pipe."""
        (size,) = HEADER.unpack(_read_exact(self.read_fd, HEADER.size))
        if maxlength is not None and size > maxlength:
            raise MessageTooLarge(f"message of {size} bytes (at most {maxlength})")
        return _read_exact(self.read_fd, size)
