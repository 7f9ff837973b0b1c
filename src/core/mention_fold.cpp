// Folds repeated mentions of a document into the first (see mention_fold.h), keyed by every printed field
// but the offsets.
#include "mention_fold.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>

namespace entente {
namespace {

// Decimal digits of n, with no temporary string.
void append_number(std::string& key, std::uint64_t n) {
  char digits[24];
  key.append(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, n).ptr - digits));
}

void append_field(std::string& key, const std::string& field) {
  append_number(key, field.size());
  key += ':';
  key += field;
}

void append_field(std::string& key, const std::optional<double>& v) {
  if (!v) {
    key += "-;";
    return;
  }
  std::uint64_t bits = 0;
  std::memcpy(&bits, &*v, sizeof bits);
  key += 'v';
  append_number(key, bits);
  key += ';';
}

// What makes two mentions of a document one folded entry: every printed field but the offsets.
const std::string& fold_key(const Mention& m, std::string& key) {
  key.clear();
  append_field(key, m.type);
  append_field(key, m.text);
  append_number(key, m.end - m.start);
  key += ';';
  append_field(key, m.value);
  append_field(key, m.value_usd);
  key += m.unit ? "u" : "-";
  append_field(key, m.unit.value_or(""));
  key += m.canonical ? "c" : "-";
  append_field(key, m.canonical.value_or(""));
  return key;
}

}  // namespace

std::vector<FoldedMention> fold_mentions(const std::vector<Mention>& mentions) {
  std::vector<FoldedMention> out;
  std::unordered_map<std::string, std::size_t> first;  // fold key -> index in out (looked up, never iterated)
  std::string key;
  int doc = -1;
  for (const Mention& m : mentions) {
    if (m.doc != doc) first.clear(), doc = m.doc;
    if (m.type == "money") {
      out.push_back({&m, {}});
      continue;
    }
    auto found = first.try_emplace(fold_key(m, key), out.size());  // no node built for a repeat
    if (found.second)
      out.push_back({&m, {}});
    else
      out[found.first->second].more.push_back(m.start);
  }
  return out;
}

}  // namespace entente
