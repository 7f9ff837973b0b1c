// Word keys of deal descriptions for in-document consolidation: the keys that tell one deal from another
// (not generic deal words, not a party's name), the names among them, and an item's head phrase.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "deal_keys.h"
#include "deals.h"

namespace entente {

// A set of word keys: sorted, unique codes.
struct Keys {
  std::vector<KeyCode> v;
  bool empty() const { return v.empty(); }
  std::size_t size() const { return v.size(); }
  bool count(KeyCode k) const { return std::binary_search(v.begin(), v.end(), k); }
  std::vector<KeyCode>::const_iterator begin() const { return v.begin(); }
  std::vector<KeyCode>::const_iterator end() const { return v.end(); }
  // Adds the keys of o (the union of both sets).
  void insert(const Keys& o);
};

// The keys of words that name any deal or describe it without telling which one ("the landmark agreement").
Keys generic_keys();

// The keys of the words of a deal's parties.
Keys party_keys(const Deal& d);

// What content keys are measured against: the generic words, and the keys of the deal's parties.
struct KeyFilter {
  const Keys& generic;
  Keys parties;
};

// The keys of `texts` that tell one deal from another: not generic, not the name of a party or its
// adjective ("chine" for China, "indon" for Indonesia: the first four letters agree).
Keys content_keys(std::initializer_list<std::string_view> texts, const KeyFilter& f);

// The content keys of the capitalised words of `text` (words split at spaces): model and project names
// ("Tomahawk", "Dukovany", "Rasht-Astara"), which name one deal in a document.
Keys name_keys(std::string_view text, const KeyFilter& f);

// The words of an item before its first preposition, lower-cased and without articles ("supplementary
// agreement" of "the supplementary agreement in Beijing"); empty when that is fewer than two words. Words
// are split at spaces.
std::string head_phrase(std::string_view item);

}  // namespace entente
