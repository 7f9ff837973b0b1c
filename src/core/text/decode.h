// Byte decoding: UTF-8 (BOM or not), UTF-16 LE/BE (BOM or not), Windows-1252 fallback; binary refusal.
#pragma once

#include <string>
#include <string_view>

namespace entente {

struct Decoded {
  std::string text;      // valid UTF-8, BOM removed, CRLF kept as is
  std::string encoding;  // "utf-8", "utf-8-bom", "utf-8-replaced", "utf-16le", "utf-16be", "windows-1252"
  std::string error;  // non-empty when the bytes are not text (NUL bytes, mostly control characters) or empty
};

// Decodes `bytes` to UTF-8. UTF-16 without a BOM is recognised by its NUL bytes (mostly ASCII text).
// Invalid UTF-8 is read as UTF-8 with U+FFFD for each bad byte ("utf-8-replaced") when it has at least as
// many valid multi-byte characters as bad bytes, else as Windows-1252. More than two NULs and more than
// one per thousand bytes mean binary; fewer NULs become spaces.
Decoded decode_bytes(std::string_view bytes);

// True when `s` is valid UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view s);

// Appends the UTF-8 encoding of code point `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// Decodes the code point at s[i] and advances i; invalid bytes yield U+FFFD and advance by one.
char32_t next_code_point(std::string_view s, std::size_t& i);

}  // namespace entente
