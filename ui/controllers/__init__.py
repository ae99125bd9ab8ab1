"""The window's commands as controllers that talk to the window through a small view.

Each controller takes a view (a :class:`typing.Protocol` in :mod:`ui.controllers.view`: the
document, the editor's text, status messages, and an :class:`ui.ask.Ask` for every question and
file dialog) and none of the window's widgets, so its logic is tested with a fake view and a
scripted Ask (tests/ui/test_controllers_*.py). :class:`ui.window_view.WindowView` is the
window's side of every protocol; :class:`ui.main_window.MainWindow` builds the widgets, actions
and menus, creates the controllers and connects the actions to them.

- :mod:`ui.controllers.files`: New, Open, Save, Save As, recent files, the ask-to-save guard.
- :mod:`ui.controllers.fixes`: problems: show one, quick fixes, the ignore list.
- :mod:`ui.controllers.outline`: move sections, drag and drop, heading levels, renumbering.
- :mod:`ui.controllers.export`: Word (GB/T 9704) and PDF export, printing.
"""
