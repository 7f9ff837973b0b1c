// Loads assets/gazetteer.json into phrase tables and scans lexemes for countries, organisations and people.
#include "gazetteer.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace entente {
namespace {

void add_alias(Gazetteer& g, std::string_view alias, int id) {
  bool caps = all_caps(alias);
  g.names.add(alias, id, caps, true);
}

// A capitalised word that can be part of a person's name after a title.
bool name_word(const LexedText& t, std::size_t i) {
  return i < t.lex.size() && t.lex[i].kind == LexKind::Word && t.capitalized(i);
}

}  // namespace

int Gazetteer::find(std::string_view name) const {
  for (std::size_t i = 0; i < entities.size(); ++i)
    if (entities[i].name == name) return static_cast<int>(i);
  return -1;
}

Gazetteer load_gazetteer(std::string_view json) {
  nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("gazetteer.json: invalid JSON");
  Gazetteer g;
  for (const auto& c : j.at("countries")) {
    int id = static_cast<int>(g.entities.size());
    g.entities.push_back({c.at(0).get<std::string>(), c.at(1).get<std::string>(), EntityKind::Country, {}});
    add_alias(g, g.entities.back().name, id);
    for (const std::string& a : split_list(c.at(2).get<std::string>())) add_alias(g, a, id);
  }
  auto add_group = [&](const char* key, EntityKind kind) {
    for (const auto& o : j.at(key)) {
      int id = static_cast<int>(g.entities.size());
      g.entities.push_back(
          {o.at(0).get<std::string>(), "", kind, o.size() > 2 ? o.at(2).get<std::string>() : ""});
      add_alias(g, g.entities.back().name, id);
      for (const std::string& a : split_list(o.at(1).get<std::string>())) add_alias(g, a, id);
    }
  };
  add_group("orgs", EntityKind::Org);
  add_group("people", EntityKind::Person);
  for (const auto& b : j.at("blockers")) g.blockers.add(b.get<std::string>(), 0, false, true);
  for (const auto& t : j.at("titles")) {
    std::string s = t.get<std::string>();
    g.titles.add(s, 0, all_caps(s), true);
  }
  return g;
}

namespace {

// The person named after a title that ends at `name_start` ("Dr. Lim", "Minister Ivan Petrov"), the title
// opening at i: pushes the hit and returns where the name ends; 0 when no person follows.
std::size_t titled_person(const Gazetteer& g, const LexedText& t, std::size_t i, std::size_t name_start,
                          std::vector<EntityHit>& out) {
  PhraseMatch known = g.names.match(t, name_start);
  if (known.id >= 0 && g.entities[known.id].kind == EntityKind::Person) {
    out.push_back({i, known.end, known.id, EntityKind::Person, {}});
    return known.end;
  }
  if (known.id >= 0) return 0;
  std::size_t j = name_start;
  while (j < t.lex.size() && j < name_start + 3 && name_word(t, j) && g.names.match(t, j).id < 0 &&
         g.titles.match(t, j).id < 0)
    ++j;
  if (j == name_start) return 0;
  std::string name(t.text.substr(t.lex[name_start].start, t.lex[j - 1].end - t.lex[name_start].start));
  out.push_back({i, j, -1, EntityKind::Person, std::move(name)});
  return j;
}

// Whether the gazetteer's name `m`, opening at i, mentions its entity: not the country of a currency prefix
// or of a longer place name.
bool mentions_entity(const Gazetteer& g, const LexedText& t, std::size_t i, const PhraseMatch& m) {
  const std::size_t n = t.lex.size();
  // "US$ 1 billion", "US $5": the alias is a currency prefix, not a mention of the country.
  bool money_prefix = m.end < n && t.raw(m.end) == "$" && t.lex[m.end - 1].end - t.lex[i].start <= 4;
  // "Santiago de Cuba", "Santiago de Compostela": a capital's name opening a longer place name is no
  // mention of the capital's country (the place's own country, named after "de", still is).
  bool place = m.end + 1 < n && (t.is(m.end, "de") || t.is(m.end, "del")) && name_word(t, m.end + 1);
  return !((money_prefix || place) && g.entities[m.id].kind == EntityKind::Country);
}

}  // namespace

std::vector<EntityHit> find_entities(const Gazetteer& g, const LexedText& t) {
  std::vector<EntityHit> out;
  std::size_t i = 0, n = t.lex.size();
  while (i < n) {
    // Every blocker, title and name is added with a capital (or in capitals): a word that starts with a
    // lower-case letter starts none of them.
    unsigned char c = static_cast<unsigned char>(t.text[t.lex[i].start]);
    if (t.lex[i].kind != LexKind::Word || (c >= 'a' && c <= 'z')) {
      ++i;
      continue;
    }
    PhraseMatch b = g.blockers.match(t, i);
    if (b.id >= 0) {
      i = b.end;
      continue;
    }
    PhraseMatch title = g.titles.match(t, i);
    if (title.id >= 0 && name_word(t, title.end)) {
      if (std::size_t end = titled_person(g, t, i, title.end, out)) {
        i = end;
        continue;
      }
    }
    PhraseMatch m = g.names.match(t, i);
    if (m.id >= 0) {
      if (mentions_entity(g, t, i, m)) out.push_back({i, m.end, m.id, g.entities[m.id].kind, {}});
      i = m.end;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace entente
