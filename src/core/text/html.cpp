// A small, forgiving HTML-to-text converter: enough for saved news pages and blog posts.
#include "html.h"

#include <cctype>
#include <cstdint>

#include "decode.h"

namespace entente {
namespace {

struct NamedEntity {
  const char* name;
  char32_t cp;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"bdquo", 0x201E}, {"hellip", 0x2026},
    {"bull", 0x2022},  {"middot", 0xB7},  {"copy", 0xA9},     {"reg", 0xAE},     {"trade", 0x2122},
    {"euro", 0x20AC},  {"pound", 0xA3},   {"yen", 0xA5},      {"cent", 0xA2},    {"deg", 0xB0},
    {"laquo", 0xAB},   {"raquo", 0xBB},   {"times", 0xD7},    {"shy", 0xAD},     {"eacute", 0xE9},
    {"egrave", 0xE8},  {"aacute", 0xE1},  {"agrave", 0xE0},   {"ouml", 0xF6},    {"uuml", 0xFC},
    {"auml", 0xE4},    {"ccedil", 0xE7},  {"ntilde", 0xF1},   {"iacute", 0xED},  {"oacute", 0xF3},
    {"uacute", 0xFA},  {"szlig", 0xDF},   {"thinsp", 0x2009}, {"ensp", 0x2002},  {"emsp", 0x2003},
    {"zwnj", 0x200C},  {"zwj", 0x200D},   {"minus", 0x2212},  {"rupee", 0x20B9}, {"percnt", '%'},
};

bool iequals_prefix(std::string_view s, std::size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[at + k])) != word[k]) return false;
  return true;
}

// Decodes the entity starting at html[i] == '&'; returns its length, or 0 when it is not an entity.
std::size_t decode_entity(std::string_view html, std::size_t i, std::string& out) {
  // Look no further than the longest entity: a '&' without ';' must not scan the rest of the page.
  std::size_t semi = html.substr(i, 13).find(';');
  if (semi == std::string_view::npos) return 0;
  semi += i;
  std::string_view body = html.substr(i + 1, semi - i - 1);
  if (body.empty()) return 0;
  char32_t cp = 0;
  if (body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(c))
                  ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                  : -1;
      if (v < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp < 0xE000)) cp = 0xFFFD;
  } else {
    for (const NamedEntity& e : kEntities)
      if (body == e.name) cp = e.cp;
    if (cp == 0) return 0;
  }
  append_utf8(out, cp);
  return semi - i + 1;
}

bool is_block_tag(std::string_view name) {
  constexpr std::string_view kBlocks[] = {
      "p",      "div",        "br",  "li",    "ul",     "ol",         "h1",      "h2",      "h3",
      "h4",     "h5",         "h6",  "tr",    "td",     "th",         "section", "article", "header",
      "footer", "blockquote", "pre", "table", "figure", "figcaption", "title"};
  for (std::string_view b : kBlocks)
    if (name == b) return true;
  return false;
}

// Appends text, collapsing runs of spaces and keeping at most two consecutive line breaks.
struct TextSink {
  std::string out;
  void space() {
    if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
  }
  void newline() {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    std::size_t n = out.size();
    int breaks = 0;
    while (n > 0 && out[n - 1] == '\n' && breaks < 2) --n, ++breaks;
    if (!out.empty() && breaks < 2) out.push_back('\n');
  }
};

}  // namespace

bool looks_like_html(std::string_view name, std::string_view text) {
  auto ends = [&](std::string_view ext) {
    if (name.size() < ext.size()) return false;
    for (std::size_t k = 0; k < ext.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(name[name.size() - ext.size() + k])) != ext[k])
        return false;
    return true;
  };
  if (ends(".html") || ends(".htm") || ends(".xhtml")) return true;
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  return iequals_prefix(text, i, "<!doctype html") || iequals_prefix(text, i, "<html");
}

namespace {

// The tag (or comment) opening at html[i] == '<': a block tag ends the line; script, style and the like are
// skipped with their content. Returns where the text resumes, or npos for a '<' that never closes.
std::size_t skip_tag(std::string_view html, std::size_t i, TextSink& sink) {
  if (html.compare(i, 4, "<!--") == 0) {
    const std::size_t end = html.find("-->", i + 4);
    return end == std::string_view::npos ? html.size() : end + 3;
  }
  const std::size_t close = html.find('>', i);
  if (close == std::string_view::npos) return std::string_view::npos;
  std::size_t n = i + 1;
  const bool end_tag = n < html.size() && html[n] == '/';
  if (end_tag) ++n;
  std::string name;
  while (n < close && std::isalnum(static_cast<unsigned char>(html[n])))
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[n++]))));
  if (!end_tag && (name == "script" || name == "style" || name == "head" || name == "noscript" ||
                   name == "template" || name == "svg")) {
    const std::string closing = "</" + name;
    std::size_t k = close + 1;
    while (k < html.size() && !iequals_prefix(html, k, closing)) ++k;
    const std::size_t gt = html.find('>', k);
    return gt == std::string_view::npos ? html.size() : gt + 1;
  }
  if (is_block_tag(name)) sink.newline();
  return close + 1;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  TextSink sink;
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      i = skip_tag(html, i, sink);
      if (i == std::string_view::npos) break;
      continue;
    }
    if (c == '&') {
      const std::size_t used = decode_entity(html, i, sink.out);
      if (used) {
        i += used;
        continue;
      }
    }
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      sink.space();
    } else {
      sink.out.push_back(c);
    }
    ++i;
  }
  while (!sink.out.empty() && (sink.out.back() == ' ' || sink.out.back() == '\n')) sink.out.pop_back();
  std::size_t start = 0;
  while (start < sink.out.size() && sink.out[start] == '\n') ++start;
  return sink.out.substr(start);
}

}  // namespace entente
