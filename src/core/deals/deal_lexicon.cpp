// Loader for assets/deal_lexicon.json.
#include "deal_lexicon.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace entente {
namespace {

Requirement requirement_of(const std::string& s) {
  if (s == "money") return Requirement::Money;
  if (s == "object") return Requirement::Object;
  if (s == "concrete") return Requirement::Concrete;
  if (s == "of") return Requirement::Of;
  if (s == "lift") return Requirement::Lift;
  if (s == "modifier") return Requirement::Modifier;
  if (s == "build") return Requirement::Build;
  if (s == "share") return Requirement::Share;
  if (s == "talks") return Requirement::Talks;
  return Requirement::Verb;
}

WordSet word_set(const nlohmann::json& j, const char* key) {
  WordSet out;
  for (const std::string& w : split_list(j.value(key, std::string()))) out.insert(w);
  return out;
}

// The triggers: each [name, "verb" or "noun", requirement, "spelling, spelling"] becomes a rule, and each
// spelling (once, however many rules share it) the trigger of the group of rules it starts.
void add_triggers(const nlohmann::json& triggers, DealLexicon& lex) {
  std::map<std::string, int> group_of;  // lower-cased spelling -> group
  for (const auto& t : triggers) {
    int rule = static_cast<int>(lex.rules.size());
    lex.rules.push_back({t.at(0).get<std::string>(), t.at(1).get<std::string>() == "verb",
                         requirement_of(t.at(2).get<std::string>())});
    for (const std::string& w : split_list(t.at(3).get<std::string>())) {
      std::string key = lex_text(w).lower;
      auto it = group_of.find(key);
      if (it == group_of.end()) {
        int g = static_cast<int>(lex.trigger_groups.size());
        lex.trigger_groups.emplace_back();
        it = group_of.emplace(key, g).first;
        lex.triggers.add(w, g, false, false);
      }
      lex.trigger_groups[it->second].push_back(rule);
    }
  }
}

// Each [name, "spelling, spelling"] of `entries`: the name appended to `names`, its spellings added to
// `table` under the name's index (`capital`: as PhraseTable::add).
void add_named(const nlohmann::json& entries, std::vector<std::string>& names, PhraseTable& table,
               bool capital) {
  for (const auto& s : entries) {
    int id = static_cast<int>(names.size());
    names.push_back(s.at(0).get<std::string>());
    for (const std::string& w : split_list(s.at(1).get<std::string>())) table.add(w, id, false, capital);
  }
}

}  // namespace

void WordSet::insert(std::string_view w) {
  if (contains(w)) return;
  lengths_ |= std::uint64_t(1) << std::min<std::size_t>(w.size(), 63);
  std::pair<std::uint64_t, std::string> entry{word_hash(w), std::string(w)};
  hashes_[(entry.first & 1023) / 64] |= std::uint64_t(1) << (entry.first % 64);
  words_.insert(std::upper_bound(words_.begin(), words_.end(), entry), std::move(entry));
}

bool WordSet::contains(std::string_view w, std::uint64_t h) const {
  if (!((lengths_ >> std::min<std::size_t>(w.size(), 63)) & 1)) return false;
  if (!((hashes_[(h & 1023) / 64] >> (h % 64)) & 1)) return false;
  auto it = std::lower_bound(
      words_.begin(), words_.end(), h,
      [](const std::pair<std::uint64_t, std::string>& e, std::uint64_t x) { return e.first < x; });
  for (; it != words_.end() && it->first == h; ++it)
    if (it->second == w) return true;
  return false;
}

std::string DealLexicon::default_sector(const std::string& kind) const {
  for (const auto& [k, s] : kind_sectors)
    if (k == kind) return s;
  return "other";
}

DealLexicon load_deal_lexicon(std::string_view json) {
  nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("deal_lexicon.json: invalid JSON");
  DealLexicon lex;
  add_triggers(j.at("triggers"), lex);
  for (const std::string& w : split_list(j.value("blocked", std::string())))
    lex.blocked.add(w, 0, false, false);
  for (const std::string& w : split_list(j.value("statistics", std::string())))
    lex.statistics.add(w, 0, false, false);
  lex.deal_verbs = word_set(j, "deal_verbs");
  lex.lift_verbs = word_set(j, "lift_verbs");
  lex.exercise_modifiers = word_set(j, "exercise_modifiers");
  lex.abstract_objects = word_set(j, "abstract_objects");
  lex.right_stop = word_set(j, "right_stop");
  lex.left_stop = word_set(j, "left_stop");
  add_named(j.at("status"), lex.status_names, lex.status, false);
  add_named(j.at("sectors"), lex.sector_names, lex.sectors, false);
  add_named(j.value("model_makers", nlohmann::json::array()), lex.maker_names, lex.model_makers, true);
  for (const auto& [k, v] : j.at("kind_sectors").items())
    lex.kind_sectors.emplace_back(k, v.get<std::string>());
  return lex;
}

}  // namespace entente
