// Display order and letter shapes for Arabic-script text. ImGui draws code points left to right with no
// shaping, so Arabic names would show as separate letters in reverse order. display_text() returns the
// text with Arabic runs shaped (Presentation Forms-B, lam-alef ligatures) and in visual order.
#pragma once

#include <string>
#include <string_view>

namespace entente {

// `utf8` with each Arabic run shaped and reversed for left-to-right drawing. Text without Arabic letters
// is returned unchanged. Compute once per result (views cache it), not per frame.
std::string display_text(std::string_view utf8);

}  // namespace entente
