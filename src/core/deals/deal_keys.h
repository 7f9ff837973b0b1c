// Word keys for comparing deal descriptions: the first five letters of each word of three or more letters
// or digits, lower-cased ("Tomahawk missiles" -> {"tomah", "missi"}).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// The keys of `text`; ASCII letters and digits make words, everything else separates them.
std::set<std::string> word_keys(std::string_view text);

// A key packed into an integer: its (up to five) bytes from the most significant down, so that keys that
// agree on their first four letters agree on `code >> 8`.
using KeyCode = std::uint64_t;
KeyCode key_code(std::string_view key);

// The keys of `text` as codes, sorted and unique (the same keys as word_keys, without allocating strings).
std::vector<KeyCode> word_key_codes(std::string_view text);
// The keys of `text` added to *out as they come (unsorted, repeats kept); sort_key_codes sorts and dedups.
void append_word_key_codes(std::string_view text, std::vector<KeyCode>* out);
void sort_key_codes(std::vector<KeyCode>* codes);

}  // namespace entente
