// Byte decoding to UTF-8 with BOM sniffing, a Windows-1252 fallback and a binary-content check.
#include "decode.h"

#include <algorithm>
#include <cstdint>

namespace entente {
namespace {

// Windows-1252 bytes 0x80-0x9F; 0 marks the five undefined bytes (decoded as U+FFFD).
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string decode_cp1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0xA0) {
      char16_t cp = kCp1252High[c - 0x80];
      append_utf8(out, cp ? cp : 0xFFFD);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

std::string decode_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00 && i + 3 < bytes.size()) {
      char32_t v = unit(i + 2);
      if (v >= 0xDC00 && v < 0xE000) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(out, (u >= 0xD800 && u < 0xE000) ? 0xFFFD : u);
  }
  return out;
}

// Text has few NULs and few control characters (tab, CR, LF, FF are text). A stray NUL in a text file
// (a bad export, a truncated write) does not make it binary: two, or one in a thousand bytes, are allowed.
std::string binary_reason(std::string_view text) {
  std::size_t control = 0, nul = 0;
  for (unsigned char c : text) {
    nul += c == 0;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  if (nul > 2 && nul * 1000 > text.size()) return "binary file (contains NUL bytes): not a text document";
  if (control * 20 > text.size()) return "binary file (mostly control characters): not a text document";
  return {};
}

// UTF-16 without a BOM: in mostly-ASCII text every other byte is NUL. Returns 1 for little endian, 2 for
// big endian, 0 when the bytes do not look like UTF-16. Looks at the first 64 KB.
int utf16_without_bom(std::string_view bytes) {
  std::size_t pairs = std::min<std::size_t>(bytes.size(), 1u << 16) / 2, even = 0, odd = 0;
  for (std::size_t k = 0; k < pairs; ++k) {
    even += bytes[2 * k] == 0;
    odd += bytes[2 * k + 1] == 0;
  }
  if (pairs < 2) return 0;
  if (odd * 10 >= pairs * 3 && even * 20 <= pairs) return 1;
  if (even * 10 >= pairs * 3 && odd * 20 <= pairs) return 2;
  return 0;
}

// Counts invalid sequences and valid multi-byte characters; text with no more invalid sequences than valid
// multi-byte characters is UTF-8 with a few damaged bytes, not Windows-1252.
bool mostly_utf8(std::string_view s) {
  std::size_t i = 0, invalid = 0, multibyte = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t before = i;
    char32_t cp = next_code_point(s, i);
    bool bad = cp == 0xFFFD && i - before != 3;
    invalid += bad;
    multibyte += !bad;
  }
  return invalid <= multibyte;
}

// UTF-8 with each invalid byte replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t before = i;
    char32_t cp = next_code_point(s, i);
    if (cp == 0xFFFD && i - before != 3)
      append_utf8(out, 0xFFFD);
    else
      out.append(s.substr(before, i - before));
  }
  return out;
}

// Decodes bytes without a BOM that are not valid UTF-8.
void decode_invalid_utf8(std::string_view bytes, Decoded& d) {
  if (mostly_utf8(bytes)) {
    d.encoding = "utf-8-replaced";
    d.text = replace_invalid_utf8(bytes);
  } else {
    d.encoding = "windows-1252";
    d.text = decode_cp1252(bytes);
  }
}

bool all_space(std::string_view text) {
  for (unsigned char c : text)
    if (c > ' ') return false;
  return true;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t before = i;
    char32_t cp = next_code_point(s, i);
    // U+FFFD is legitimately encoded as EF BF BD (3 bytes); an invalid sequence advances by one.
    if (cp == 0xFFFD && i - before != 3) return false;
  }
  return true;
}

Decoded decode_bytes(std::string_view bytes) {
  Decoded d;
  if (bytes.empty()) {
    d.error = "empty file";
    return d;
  }
  auto starts = [&](std::string_view p) { return bytes.substr(0, p.size()) == p; };
  int utf16 = 0;
  if (starts("\xEF\xBB\xBF")) {
    std::string_view rest = bytes.substr(3);
    if (is_valid_utf8(rest)) {
      d.encoding = "utf-8-bom";
      d.text = std::string(rest);
    } else {
      decode_invalid_utf8(rest, d);
    }
  } else if (starts("\xFF\xFE")) {
    d.encoding = "utf-16le";
    d.text = decode_utf16(bytes.substr(2), true);
  } else if (starts("\xFE\xFF")) {
    d.encoding = "utf-16be";
    d.text = decode_utf16(bytes.substr(2), false);
  } else if ((utf16 = utf16_without_bom(bytes)) != 0) {
    d.encoding = utf16 == 1 ? "utf-16le" : "utf-16be";
    d.text = decode_utf16(bytes, utf16 == 1);
  } else if (is_valid_utf8(bytes)) {
    d.encoding = "utf-8";
    d.text = std::string(bytes);
  } else {
    decode_invalid_utf8(bytes, d);
  }
  d.error = binary_reason(d.text);
  if (d.error.empty() && all_space(d.text)) d.error = "empty file (no text)";
  if (!d.error.empty()) d.text.clear();
  for (char& c : d.text)
    if (c == 0) c = ' ';  // a stray NUL is a space: offsets stay those of the file
  return d;
}

}  // namespace entente
