"""The undo stack: every completed edit is one step that can be undone and redone.

Plain Python (no Qt) so that the tools, the history panel and the tests share one model.
Each command commits its own transaction in ``do``/``undo``, so the file on disk always
holds exactly the edits the stack shows as done.
"""

from __future__ import annotations

from typing import Any, Protocol

from metkasekor_desktop.domain.changes import NOTHING, ChangeSet
from metkasekor_desktop.layers.events import Event


class Command(Protocol):
    """What the stack needs of a command (see ``edit_commands.EditCommand``)."""

    text: str
    merge_key: Any

    def do(self, context: Any) -> None: ...

    def undo(self, context: Any) -> None: ...

    def merge(self, other: Any) -> bool: ...


class UndoStack:
    """Commands done so far (``commands[:index]``) and those undone (``commands[index:]``).

    ``applied`` is emitted with the ChangeSet of every push, undo, redo (and of all
    the steps of one :meth:`set_index`): what the project's views must update.
    ``changed`` is emitted with the stack after it, and after a clear (the history and
    the Undo/Redo actions follow).
    Gestures: commands pushed between :meth:`begin_gesture` and :meth:`end_gesture`
    (e.g. successive nudges of one drag) may merge into one step when their
    ``merge_key`` matches the top command's.
    """

    def __init__(self, context: Any) -> None:
        self.context = context
        self.commands: list[Command] = []
        self.index = 0
        self.changed = Event()
        self.applied = Event()
        self._gesture = 0  # id of the current gesture; 0 = none
        self._gesture_counter = 0
        self._top_gesture = 0  # gesture the top command was pushed in

    # --- gestures -----------------------------------------------------------------------
    def begin_gesture(self) -> None:
        """Commands pushed until :meth:`end_gesture` may merge into one undo step."""
        self._gesture_counter += 1
        self._gesture = self._gesture_counter

    def end_gesture(self) -> None:
        self._gesture = 0

    # --- editing ------------------------------------------------------------------------
    def push(self, command: Command) -> None:
        """Do ``command`` and record it; on error (raised) nothing is recorded."""
        command.do(self.context)
        top = self.commands[self.index - 1] if self.index > 0 else None
        merged = (
            top is not None and self._gesture != 0 and self._top_gesture == self._gesture
            and getattr(command, "merge_key", None) is not None
            and getattr(top, "merge_key", None) == command.merge_key
            and top.merge(command)
        )
        del self.commands[self.index:]
        if not merged:
            self.commands.append(command)
            self.index = len(self.commands)
        self._top_gesture = self._gesture
        self._announce(_changes(command))

    def undo(self) -> None:
        if not self.can_undo:
            return
        command = self.commands[self.index - 1]
        command.undo(self.context)
        self.index -= 1
        self._top_gesture = 0
        self._announce(_changes(command))

    def redo(self) -> None:
        if not self.can_redo:
            return
        command = self.commands[self.index]
        command.do(self.context)
        self.index += 1
        self._top_gesture = 0
        self._announce(_changes(command))

    def set_index(self, index: int) -> None:
        """Undo or redo until ``index`` commands are done (for the history panel)."""
        index = max(0, min(int(index), len(self.commands)))
        moved = False
        changes = NOTHING
        try:
            while self.index > index:
                command = self.commands[self.index - 1]
                command.undo(self.context)
                self.index -= 1
                moved = True
                changes = changes | _changes(command)
            while self.index < index:
                command = self.commands[self.index]
                command.do(self.context)
                self.index += 1
                moved = True
                changes = changes | _changes(command)
        finally:
            if moved:
                self._top_gesture = 0
                self._announce(changes)

    def clear(self) -> None:
        """Forget every command (e.g. when another project is opened)."""
        self.commands.clear()
        self.index = 0
        self._top_gesture = 0
        self.changed.emit(self)

    def _announce(self, changes: ChangeSet) -> None:
        self.applied.emit(changes)
        self.changed.emit(self)

    # --- state --------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self.index > 0

    @property
    def can_redo(self) -> bool:
        return self.index < len(self.commands)

    @property
    def undo_text(self) -> str:
        return self.commands[self.index - 1].text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        return self.commands[self.index].text if self.can_redo else ""

    def __len__(self) -> int:
        return len(self.commands)


def _changes(command: Command) -> ChangeSet:
    """What a command's last do or undo changed; everything when it cannot say."""
    changes = getattr(command, "last_changes", None)
    return changes if isinstance(changes, ChangeSet) else ChangeSet.whole()
