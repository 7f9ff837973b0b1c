// Lines of a document's text for the list rules: where a line starts, and whether it is a bulleted item.
#pragma once

#include <cstddef>
#include <string_view>

namespace entente {

constexpr std::size_t kNoLine = std::string_view::npos;

// The offset where the line holding offset `at` starts; kNoLine when it starts more than `max_back` bytes
// before `at`.
std::size_t line_start(std::string_view text, std::size_t at, std::size_t max_back);

// Whether the line starting at offset b opens, after spaces, with a bullet ("-", "*", "\u2022"); false for
// kNoLine.
bool bullet_line(std::string_view text, std::size_t b);

}  // namespace entente
