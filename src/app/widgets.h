// Small helpers shared by the views: colours and number formatting. Add here before writing a local copy.
#pragma once

#include <cstddef>
#include <string>

#include "imgui.h"

namespace entente {

// Colours used across views (RGBA).
inline constexpr ImU32 kErrorColor = IM_COL32(235, 87, 87, 255);
inline constexpr ImU32 kMutedColor = IM_COL32(150, 150, 160, 255);

// "812 B", "3.6 KB", "1.2 MB".
std::string format_bytes(std::size_t bytes);
// "1,234,567".
std::string format_count(std::size_t n);
// Text in kErrorColor, wrapped to the available width.
void error_text(const std::string& text);
// Text in kMutedColor.
void muted_text(const char* text);
// Flowing toolbars: puts the next item, `width` wide, on the current line when it fits in the window, else
// on a new line. Call between items (after the first).
void same_line_if_fits(float width);
// Widths of common items, for same_line_if_fits(): a button, a checkbox.
float button_width(const char* label);
float checkbox_width(const char* label);
// `text` as a JSON string literal, quotes included (for the state the browser tests read).
std::string json_text(const std::string& text);

}  // namespace entente
