// Sentence splitting over tokens: terminal punctuation not after an abbreviation, paragraph breaks, and
// line breaks that start a new line with a capital, digit, quote or bullet (headings, bullet lists).
#include "sentences.h"

#include <algorithm>
#include <cctype>

namespace entente {
namespace {

constexpr std::string_view kAbbreviations[] = {
    "mr",  "mrs", "ms",   "dr",   "prof", "gen",  "col",    "lt",     "sgt",  "capt", "cmdr",
    "adm", "st",  "jr",   "sr",   "vs",   "etc",  "inc",    "ltd",    "co",   "corp", "jan",
    "feb", "mar", "apr",  "jun",  "jul",  "aug",  "sep",    "sept",   "oct",  "nov",  "dec",
    "gov", "sen", "rep",  "rev",  "hon",  "mt",   "ft",     "approx", "dept", "fig",  "vol",
    "pp",  "maj", "brig", "pres", "amb",  "govt", "messrs", "rs",     "cf",   "al"};

// The helpers below read a token's kind and its lowered form `low` (TokenList::lower).
bool is_abbreviation(const Token& t, std::string_view low) {
  if (t.kind != TokenKind::Word) return false;
  if (low.size() == 1) return true;  // initials: "J. Smith"
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), low) != std::end(kAbbreviations);
}

bool is_terminal(const Token& t, std::string_view low) {
  return t.kind == TokenKind::Punct && (low == "." || low == "!" || low == "?" || low == "…");
}

// A sentence longer than this is cut (text without punctuation, lists, tables): what comes after a
// sentence (deal evidence, clause scans) stays bounded per sentence.
constexpr std::size_t kMaxSentenceTokens = 200;
constexpr std::size_t kMaxSentenceBytes = 4000;

bool is_clause_break(const Token& t, std::string_view low) {
  return t.kind == TokenKind::Punct && (low == "," || low == ";" || low == ":");
}

bool is_closing(const Token& t, std::string_view low) {
  return t.kind == TokenKind::Punct &&
         (low == "\"" || low == "'" || low == ")" || low == "]" || low == "”" || low == "»");
}

// Number of line breaks in text[from, to).
int line_breaks(std::string_view text, std::size_t from, std::size_t to) {
  return static_cast<int>(std::count(text.begin() + from, text.begin() + to, '\n'));
}

bool starts_lower(const Token& t, std::string_view text) {
  auto c = static_cast<unsigned char>(text[t.start]);
  return c < 0x80 && std::islower(c);
}

bool is_bullet(const Token& t, std::string_view low) {
  return t.kind == TokenKind::Punct &&
         (low == "•" || low == "·" || low == "▪" || low == "-" || low == "–" || low == "—");
}

// True when the text is hard-wrapped: most lines are long and do not end a sentence, so a single line
// break is a space. Headings and one-paragraph-per-line text are not wrapped.
bool is_hard_wrapped(std::string_view text) {
  int lines = 0, wrapped = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) break;
    std::string_view line = text.substr(pos, nl - pos);
    while (!line.empty() && static_cast<unsigned char>(line.back()) <= ' ') line.remove_suffix(1);
    if (!line.empty()) {
      ++lines;
      char last = line.back();
      if (line.size() >= 50 && line.size() <= 100 && last != '.' && last != '!' && last != '?' && last != ':')
        ++wrapped;
    }
    pos = nl + 1;
  }
  return lines >= 4 && wrapped * 2 > lines;
}

// True when a sentence ends after tokens[i] (tokens[i + 1] exists).
bool boundary_after(std::string_view text, const TokenList& tokens, std::size_t i, bool wrapped) {
  const Token& t = tokens[i];
  const Token& next = tokens[i + 1];
  const std::string_view next_low = tokens.lower(next);
  int breaks = line_breaks(text, t.end, next.start);
  if (breaks >= 2) return true;
  if (breaks == 1 && is_bullet(next, next_low)) return true;
  if (breaks == 1 && !wrapped && !starts_lower(next, text)) return true;
  if (is_closing(next, next_low) && next.start == t.end) return false;
  std::size_t k = i;
  while (k > 0 && is_closing(tokens[k], tokens.lower(k))) --k;
  const Token& end = tokens[k];
  const std::string_view end_low = tokens.lower(end);
  bool dotted = end.kind == TokenKind::Word && end_low.size() > 2 && end_low.back() == '.';
  if (!is_terminal(end, end_low) && !dotted) return false;
  if (starts_lower(next, text)) return false;
  if (next.kind == TokenKind::Punct && (next_low == "," || next_low == ";" || next_low == ")")) return false;
  if (dotted) return false;  // "the U.S. Navy": only a line break ends a sentence after "U.S."
  if (end_low == "." && k > 0 && tokens[k - 1].end == end.start &&
      is_abbreviation(tokens[k - 1], tokens.lower(k - 1)))
    return false;
  return true;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const TokenList& tokens) {
  std::vector<Sentence> out;
  if (tokens.empty()) return out;
  std::size_t first = 0;
  auto close = [&](std::size_t last) {
    Sentence s;
    s.first_token = static_cast<std::uint32_t>(first);
    s.token_end = static_cast<std::uint32_t>(last + 1);
    std::size_t lead = first;
    while (lead < last && is_bullet(tokens[lead], tokens.lower(lead))) ++lead;
    s.start = tokens[lead].start;
    s.end = tokens[last].end;
    out.push_back(s);
    first = last + 1;
  };
  bool wrapped = is_hard_wrapped(text);
  std::size_t comma = 0;  // the last clause break of the open sentence, when past its first half
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (boundary_after(text, tokens, i, wrapped)) {
      close(i);
      continue;
    }
    if (is_clause_break(tokens[i], tokens.lower(i)) && i >= first + kMaxSentenceTokens / 2) comma = i;
    if (i + 1 - first < kMaxSentenceTokens && tokens[i].end - tokens[first].start < kMaxSentenceBytes)
      continue;
    close(comma > first ? comma : i);  // a run-on "sentence": cut at its last clause break, else here
  }
  close(tokens.size() - 1);
  return out;
}

}  // namespace entente
