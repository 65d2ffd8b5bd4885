"""PySide6.QtGui as PyInstaller's own hook collects it, less the GTK 3 platform theme plugin.

That plugin links against GTK 3, which the bundle cannot carry whole: PyInstaller would copy the
build machine's glib, cairo and pango beside it and load them with the counter PC's GTK. Without
it Qt draws its own widgets and dialogs (the same look as on Windows and in the screenshots).
This file takes the place of the built-in hook because the spec lists this folder in hookspath.
"""

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if not os.path.basename(src).startswith("libqgtk3")]
