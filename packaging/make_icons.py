"""Draw the app icon (resources/icons/council-desk.png, .ico): run once after changing it, commit the files.

Drawn with Pillow (already installed: reportlab needs it) rather than kept as a hand-edited bitmap, so the
icon can be changed in code and redrawn at every size crisply.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
BLUE, WHITE, GOLD = (22, 71, 140, 255), (255, 255, 255, 255), (242, 183, 5, 255)


def draw(size: int) -> Image.Image:
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=44 * s, fill=BLUE)
    # A civic building: pediment, four columns, base; a gold check mark on the base for "followed up".
    d.polygon([(48 * s, 104 * s), (128 * s, 52 * s), (208 * s, 104 * s)], fill=WHITE)
    for x in (62, 100, 138, 176):
        d.rectangle((x * s, 114 * s, (x + 18) * s, 176 * s), fill=WHITE)
    d.rectangle((44 * s, 184 * s, 212 * s, 204 * s), fill=WHITE)
    d.line([(150 * s, 150 * s), (172 * s, 176 * s), (214 * s, 124 * s)], fill=GOLD, width=max(2, int(16 * s)))
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "council-desk.png")
    big.save(
        OUT / "council-desk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )


if __name__ == "__main__":
    main()
