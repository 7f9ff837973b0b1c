// Help where it is needed: tooltips for table column headers and scores (one wording for every view), the
// deal status vocabulary, and small probes that tell browser tests where a widget was drawn.
#pragma once

#include "app.h"

namespace entente {

// What the column or score called `name` means ("Tokens", "Status", "Conf.", "score", ...); nullptr when
// there is no help for it.
const char* column_help(const char* name);
// The deal statuses from intention to outcome, one line each with its meaning (for the Status tooltip).
const char* status_vocabulary();
// Like ImGui::TableHeadersRow(), and hovering a header with help shows it (column_help). Each header's rect
// is marked "header:<name>" in actions.probe.
void table_headers_with_help(AppActions& actions);
// Shows `text` as the tooltip of the last item while it is hovered, and records it in actions.probe.
void help_tooltip(AppActions& actions, const char* text);
// A "(?)" after the last item: hovering it shows `text` (marked "help:<name>").
void help_marker(AppActions& actions, const char* name, const char* text);
// Records the last item's rect as `name` in `probe` (for tests).
void mark_item(UiProbe& probe, const std::string& name);
inline void mark_item(AppActions& actions, const std::string& name) {
  mark_item(actions.probe, name);
}

}  // namespace entente
