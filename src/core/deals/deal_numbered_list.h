// Numbered list items for the list rules: "1. Agreement on ...", "2) Memorandum on ...", "(3) Protocol on
// ..." open a list item as a bullet does, and one blank line may part a list from the line that introduces
// it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace entente {

// Whether the line starting at offset b opens, after spaces, with a number of one or two digits followed by
// "." or ")" (or enclosed in brackets), or a lowercase letter or roman numeral followed by ")" (or enclosed
// in brackets), and a space: "1. ", "12) ", "(3) ", "a) ", "(b) ", "(iv) ".
bool numbered_line(std::string_view text, std::size_t b);

// `item` without a list label it opens with ("(a) Memorandum on fisheries" -> "Memorandum on fisheries").
std::string without_list_label(std::string item);

// The start of the line above the line starting at `prev` when that line (ending before `b`) is blank, so
// that "signed:\n\n1. Agreement on ..." reads as "signed:\n1. Agreement on ..."; else prev.
std::size_t over_blank_line(std::string_view text, std::size_t prev, std::size_t b);

}  // namespace entente
