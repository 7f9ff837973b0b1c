// Country, organisation and person mentions from the gazetteer in assets/gazetteer.json: names, demonyms,
// capitals and metonyms, abbreviations, and people introduced by a title ("PM Imran Khan").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "deal_lex.h"
#include "phrase_table.h"

namespace entente {

enum class EntityKind : std::uint8_t { Country, Org, Person };

struct Entity {
  std::string name;  // canonical name ("Russia", "Shanghai Cooperation Organisation", "Vladimir Putin")
  std::string code;  // ISO 3166 alpha-2 for countries, empty otherwise
  EntityKind kind = EntityKind::Country;
  std::string country;  // for a state firm, bank or agency: the canonical name of its country, else empty
};

struct Gazetteer {
  std::vector<Entity> entities;
  PhraseTable names;     // alias -> index into entities
  PhraseTable blockers;  // phrases that contain a name but do not mention it ("Indian Ocean")
  PhraseTable titles;    // "President", "PM", "Foreign Minister", ...

  // Index of the entity with this canonical name, or -1.
  int find(std::string_view name) const;
};

// Builds the gazetteer from the JSON text of assets/gazetteer.json. Throws std::runtime_error when the
// JSON is malformed.
Gazetteer load_gazetteer(std::string_view json);

struct EntityHit {
  std::size_t first = 0, end = 0;  // lexeme range
  int entity = -1;                 // index into Gazetteer::entities, -1 for a person not in the gazetteer
  EntityKind kind = EntityKind::Country;
  std::string person;  // canonical name of a person not in the gazetteer
};

// All entity mentions in `t`, in text order, non-overlapping (longest match wins).
std::vector<EntityHit> find_entities(const Gazetteer& g, const LexedText& t);

}  // namespace entente
