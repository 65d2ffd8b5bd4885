"""The window's sidebar: one row a page (its icon, its name, its key), the pages grouped under
headers (Tiếp nhận · Hồ sơ · Báo cáo · Quản trị), the current page on a lighter
row with a bar at its edge, a commander's page marked with a lock and the words "chỉ huy".

A row of the list is a page of the table (shell/pages.py), in its order: the headers are
painted above the first shown row of each group, so a row's number is still its page's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk_app.paths import asset
from desk_app.ui import theme as t

KEY, SHORTCUT, GROUP, COMMANDER = (Qt.ItemDataRole.UserRole + n for n in range(4))
ICON = 20
ROW = 5 * t.GRID  # 40 px: a row an officer hits without looking twice
HEADER = 4 * t.GRID
NAME_LEFT = 2 * t.GRID + ICON + t.GRID  # the names start after the icons
WIDTH = 27 * t.GRID  # 216 px: the longest name and its key, in either language


def page_name(title: str, shortcut: str | None) -> str:
    """The page's name without the key the table's title ends with ("Hồ sơ  F3" -> "Hồ sơ")."""
    if shortcut and title.endswith(shortcut):
        return title[: -len(shortcut)].rstrip()
    return title


class Sidebar(QListWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFixedWidth(WIDTH)
        self.setItemDelegate(SidebarDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)

    def add_page(self, key: str, title: str, shortcut: str | None, group: str, commander_only: bool) -> None:
        item = QListWidgetItem(title)
        item.setData(KEY, key)
        item.setData(SHORTCUT, shortcut or "")
        item.setData(GROUP, group)
        item.setData(COMMANDER, commander_only)
        path = asset("icons", f"{key}.svg")
        if path.exists():
            item.setIcon(QIcon(str(path)))
        item.setToolTip(title)
        self.addItem(item)

    def clipped_names(self) -> list[str]:
        """The shown pages whose name the row cannot show whole (tests/ui/clipping.py asks)."""
        delegate: SidebarDelegate = self.itemDelegate()
        return [self.item(row).text() for row in range(self.count())
                if not self.item(row).isHidden() and delegate.name_room(self.item(row)) < 0]

    def heads_group(self, row: int) -> bool:
        """Whether the row is the first shown of its group (a header is painted above it)."""
        group = self.item(row).data(GROUP)
        return not any(not self.item(r).isHidden() and self.item(r).data(GROUP) == group for r in range(row))

    def relayout(self) -> None:
        """After rows were shown or hidden: the headers move to the first shown row of their group."""
        self.doItemsLayout()
        self.viewport().update()


class SidebarDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:
        sidebar: Sidebar = self.parent()
        height = (ROW + t.space(1.5) if index.data(COMMANDER) else ROW) + (HEADER if sidebar.heads_group(index.row()) else 0)
        return QSize(WIDTH, height)

    def name_room(self, item: QListWidgetItem) -> int:
        """Pixels to spare beside the page's name in its row (negative: the name is cut)."""
        font = QFont(self.parent().font())
        name = page_name(item.text(), item.data(SHORTCUT))
        return self._name_right(item.data(SHORTCUT)) - NAME_LEFT - QFontMetrics(font).horizontalAdvance(name)

    def _name_right(self, shortcut: str) -> int:
        right = WIDTH - t.space(1.5)
        if not shortcut:
            return right
        return right - self._cap_width(shortcut) - t.GRID

    def _cap_font(self) -> QFont:
        font = QFont(self.parent().font())
        font.setPointSize(t.CAPTION)
        font.setBold(True)
        return font

    def _cap_width(self, shortcut: str) -> int:
        return QFontMetrics(self._cap_font()).horizontalAdvance(shortcut) + t.GRID

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        sidebar: Sidebar = self.parent()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        if sidebar.heads_group(index.row()):
            self._header(painter, QRect(rect.left(), rect.top(), rect.width(), HEADER), index.data(GROUP))
            rect.setTop(rect.top() + HEADER)
        self._row(painter, option, rect, index)
        painter.restore()

    def _header(self, painter: QPainter, rect: QRect, group: str) -> None:
        font = QFont(self.parent().font())
        font.setPointSize(t.CAPTION)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(t.NAV_MUTED))
        text_rect = rect.adjusted(2 * t.GRID, t.GRID + t.HALF, -t.GRID, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("MainWindow", group).upper())

    def _row(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, index) -> None:
        current = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        brush = index.data(Qt.ItemDataRole.BackgroundRole)  # the day-end reminder's highlight
        ink = QColor(t.NAV_INK)
        if brush is not None and brush.style() != Qt.BrushStyle.NoBrush:
            painter.fillRect(rect, brush)
            ink = QColor(t.WARN)
        elif current:
            painter.fillRect(rect, QColor(t.NAV_CURRENT))
        elif hover:
            painter.fillRect(rect, QColor(t.NAV_HOVER))
        if current:
            painter.fillRect(QRect(rect.left(), rect.top(), t.HALF, rect.height()), QColor(t.NAV_BAR))
        if option.state & QStyle.StateFlag.State_HasFocus and self.parent().hasFocus():
            painter.setPen(QColor(t.NAV_BAR))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        left = rect.left() + 2 * t.GRID
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon) and not icon.isNull():
            icon.paint(painter, QRect(left, rect.center().y() - ICON // 2, ICON, ICON))
        left = rect.left() + NAME_LEFT
        right = self._key(painter, rect, index.data(SHORTCUT), ink)
        font = QFont(option.font)  # (the current page: its lighter row and the bar at its edge)
        font.setBold((index.data(Qt.ItemDataRole.FontRole) or font).bold())
        painter.setFont(font)
        painter.setPen(ink)
        name = page_name(index.data(Qt.ItemDataRole.DisplayRole), index.data(SHORTCUT))
        metrics = QFontMetrics(font)
        if index.data(COMMANDER):
            name_rect = QRect(left, rect.top() + t.GRID, right - left, metrics.height())
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width()))
            self._commander_mark(painter, QRect(left, name_rect.bottom() + 2, right - left,
                                                rect.bottom() - name_rect.bottom() - 2), option)
        else:
            name_rect = QRect(left, rect.top(), right - left, rect.height())
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width()))

    def _key(self, painter: QPainter, rect: QRect, shortcut: str, ink: QColor) -> int:
        """The key in a small cap at the right; returns where the name must stop."""
        right = rect.right() - t.space(1.5)
        if not shortcut:
            return right
        font = self._cap_font()
        metrics = QFontMetrics(font)
        width = self._cap_width(shortcut)
        cap = QRect(right - width, rect.center().y() - metrics.height() // 2 - 2, width, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t.NAV_KEY))
        painter.drawRoundedRect(cap, t.SMALL_RADIUS, t.SMALL_RADIUS)
        painter.setFont(font)
        painter.setPen(QColor(t.NAV_INK))
        painter.drawText(cap, Qt.AlignmentFlag.AlignCenter, shortcut)
        return cap.left() - t.GRID

    def _commander_mark(self, painter: QPainter, rect: QRect, option) -> None:
        """A lock and the words: a commander's page, said without colour."""
        path = asset("icons", "commander.svg")
        size = 12
        if path.exists():
            QIcon(str(path)).paint(painter, QRect(rect.left(), rect.top() + 2, size, size))
        font = QFont(option.font)
        font.setPointSize(t.CAPTION)
        painter.setFont(font)
        painter.setPen(QColor(t.NAV_MUTED))
        painter.drawText(rect.adjusted(size + t.HALF, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         QCoreApplication.translate("MainWindow", "chỉ huy"))
