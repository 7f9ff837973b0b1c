// Quantity scanner: a number (digits or words, with scale) followed by a unit, optionally hyphenated.
#include "quantity.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>

#include "numbers.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "patrol", "attack", "city": a lowercase word at j that may modify a count noun after it (no plural, adverb,
// function word, -ing form, nor an -ed form unless `adjective_ed`: "advanced" after a model name).
bool noun_modifier(const LexedText& t, std::size_t j, bool adjective_ed = false) {
  if (j + 1 >= t.lex.size() || t.lex[j].kind != LexKind::Word || t.capitalized(j)) return false;
  std::string_view w = t.low(j);
  auto ends = [&](std::string_view e) { return w.size() > e.size() && w.substr(w.size() - e.size()) == e; };
  if (w.size() < 4 || ends("s") || (ends("ed") && !adjective_ed) || ends("ing") || ends("ly")) return false;
  return !(w == "more" || w == "than" || w == "from" || w == "with" || w == "into" || w == "each");
}

// "self-propelled", "long-range", "multi-role": a lowercase word at j glued by hyphens to the words after it;
// returns the lexeme after the compound, or j when there is none.
std::size_t compound_end(const LexedText& t, std::size_t j) {
  std::size_t k = j;
  if (k >= t.lex.size() || t.lex[k].kind != LexKind::Word || t.capitalized(k)) return j;
  while (k + 2 < t.lex.size() && t.is(k + 1, "-") && t.joined(k) && t.joined(k + 1) &&
         t.lex[k + 2].kind == LexKind::Word)
    k += 2;
  return k == j ? j : k + 1;
}

// "24 MH-60R Seahawk helicopters", "50 737 MAX jets": a count noun after a model name (capitalized words or a
// model number, then joined hyphens and model numbers, at most 6 lexemes) starting at j; "70 Tejas light
// combat aircraft", "12 M3 city buses": up to two noun modifiers may follow the name. Returns the match, or
// id -1.
PhraseMatch after_model_name(const UnitTable& units, const LexedText& t,
                             const std::vector<std::uint8_t>& taken, std::size_t j) {
  std::size_t n = t.lex.size();
  // "50 737 MAX jets": a model number right after the count (no thousands comma or decimal point).
  bool number =
      j < n && t.lex[j].kind == LexKind::Number && t.raw(j).find_first_of(",.") == std::string_view::npos;
  if (j >= n || (!number && (t.lex[j].kind != LexKind::Word || !t.capitalized(j)))) return {};
  for (std::size_t k = j + 1, modifiers = 0; k < n && k < j + 7; ++k) {
    if (taken[k]) return {};
    PhraseMatch m = units.names.match(t, k);
    if (m.id >= 0) return units.counted[m.id] ? m : PhraseMatch{};
    bool glued = t.joined(k - 1) && (t.raw(k) == "-" || t.lex[k].kind == LexKind::Number ||
                                     (t.raw(k - 1) == "-" && t.lex[k].kind == LexKind::Word));
    // "Type 212CD": a model code with digits after a space.
    bool code = t.raw(k).find_first_of("0123456789") != std::string_view::npos;
    if (modifiers == 0 && (glued || code || (t.lex[k].kind == LexKind::Word && t.capitalized(k)))) continue;
    // "K9 self-propelled howitzers", "N7 all-weather attack helicopters": a compound counts as one modifier.
    if (std::size_t c = compound_end(t, k); c != k) {
      if (++modifiers > 2) return {};
      k = c - 1;
      continue;
    }
    if (!noun_modifier(t, k, true) || ++modifiers > 2) return {};
  }
  return {};
}

// "10 patrol boats", "12 attack helicopters", "18 self-propelled howitzers", "400 long-range cruise
// missiles": up to two noun modifiers (a hyphened compound counts as one) at j before a count noun, or a
// compound before a model name ("400 long-range Tomahawk cruise missiles").
PhraseMatch after_modifier(const UnitTable& units, const LexedText& t, const std::vector<std::uint8_t>& taken,
                           std::size_t j) {
  std::size_t k = j;
  for (int modifiers = 0; modifiers < 2; ++modifiers) {
    std::size_t c = compound_end(t, k);
    if (c != k && modifiers == 0 && c < t.lex.size() && !taken[c] && t.capitalized(c))
      return after_model_name(units, t, taken, c);
    if (c != k)
      k = c;
    else if (noun_modifier(t, k))
      ++k;
    else
      return {};
    PhraseMatch m = units.names.match(t, k);
    if (m.id >= 0) return units.counted[m.id] ? m : PhraseMatch{};
  }
  return {};
}

// "four more of the planes", "two of its frigates": a count of things named after "of" and a determiner,
// starting at j (after the number); id -1 when there is none.
PhraseMatch of_the_units(const UnitTable& units, const LexedText& t, std::size_t j) {
  if (t.is(j, "more") || t.is(j, "additional")) ++j;
  if (j + 2 >= t.lex.size() || !t.is(j, "of")) return {};
  std::string_view d = t.low(j + 1);
  if (d != "the" && d != "its" && d != "their" && d != "these" && d != "those") return {};
  PhraseMatch m = units.names.match(t, j + 2);
  return m.id >= 0 && units.counted[m.id] ? m : PhraseMatch{};
}

// "Mi-35 helicopters", "F16 jets", "SuperJet 100 planes", "Boeing 737 jets": a number at i that is part of a
// model name, not a count.
bool model_number(const LexedText& t, std::size_t i) {
  bool model = i > 0 && t.joined(i - 1) &&
               (t.lex[i - 1].kind == LexKind::Word ||
                (t.raw(i - 1) == "-" && i > 1 && t.joined(i - 2) && t.lex[i - 2].kind == LexKind::Word));
  if (!model && i > 0 && t.lex[i].kind == LexKind::Number && t.capitalized(i - 1) &&
      t.raw(i).find(',') == std::string_view::npos && !(i > 1 && t.lex[i - 2].kind == LexKind::Punct))
    model = t.lex[i - 1].kind == LexKind::Word;
  return model;
}

// The counted or measured unit after a number ending at *j: "12 tanks", "36-jet", "1,300 more doses", "four
// more of the planes", "24 MH-60R Seahawk helicopters", "two more Type 212CD submarines", "10 patrol boats".
// Moves *j to where the unit's words start when a model name or modifier comes first (setting *named).
PhraseMatch unit_after(const UnitTable& units, const LexedText& t, const std::vector<std::uint8_t>& taken,
                       std::size_t* j, bool* named) {
  std::size_t n = t.lex.size(), end = *j;
  if (t.is(*j, "-") && t.joined(*j - 1) && t.joined(*j)) ++*j;
  PhraseMatch m = units.names.match(t, *j);
  bool more = *j + 1 < n && (t.is(*j, "more") || t.is(*j, "new") || t.is(*j, "additional"));
  if (m.id < 0 && more) {
    m = units.names.match(t, *j + 1);
    if (m.id >= 0 && !units.counted[m.id]) m.id = -1;
  }
  if (m.id < 0) m = of_the_units(units, t, *j);
  if (m.id >= 0 || *j != end) return m;
  if (more && !t.is(*j, "new")) ++*j;  // the model name may follow "more"
  m = after_model_name(units, t, taken, *j);
  if (m.id < 0 && *j < n && !taken[*j]) m = after_modifier(units, t, taken, *j);
  *named = m.id >= 0;
  return m;
}

}  // namespace

UnitTable load_unit_table(std::string_view json) {
  nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("units.json: invalid JSON");
  UnitTable u;
  for (const auto& [unit, spec] : j.at("units").items()) {
    int id = static_cast<int>(u.canonical.size());
    u.canonical.push_back(unit);
    u.counted.push_back(spec.at(0).get<bool>());
    for (const std::string& s : split_list(spec.at(1).get<std::string>()))
      u.names.add(s, id, all_caps(s) && s.size() > 1, false);
  }
  return u;
}

std::vector<QuantitySpan> find_quantities(const UnitTable& units, const LexedText& t,
                                          const std::vector<std::uint8_t>& taken) {
  std::vector<QuantitySpan> out;
  std::size_t i = 0, n = t.lex.size();
  while (i < n) {
    if (taken[i] || !may_start_number(t, i, true)) {  // no count starts here (most lexemes)
      ++i;
      continue;
    }
    auto num = model_number(t, i) ? std::nullopt : parse_number(t, i, true);
    if (!num || (num->spelled && !t.lex.empty() && t.is(i, "a"))) {
      ++i;
      continue;
    }
    std::size_t j = num->end;
    bool named = false;
    PhraseMatch m = unit_after(units, t, taken, &j, &named);
    bool clash = false;
    for (std::size_t k = i; k < (m.id >= 0 ? m.end : j) && k < n; ++k) clash |= taken[k] != 0;
    if (m.id < 0 || clash) {
      i = num->end;
      continue;
    }
    QuantitySpan q;
    q.first = i;
    q.end = m.end;
    q.unit_first = m.end - 1;
    while (q.unit_first > num->end && t.lex[q.unit_first - 1].kind == LexKind::Word) --q.unit_first;
    if (named) q.unit_first = j;
    q.value = num->value;
    q.unit = units.canonical[m.id];
    q.counted = units.counted[m.id];
    q.number = std::string(t.text.substr(t.lex[i].start, t.lex[num->end - 1].end - t.lex[i].start));
    if (q.unit == "%"sv && (t.is(m.end, "share") || t.is(m.end, "stake") || t.is(m.end, "stakes"))) {
      q.unit += t.is(m.end, "share") ? " share" : " stake";
      ++q.end;
    }
    out.push_back(std::move(q));
    i = out.back().end;
  }
  return out;
}

std::size_t through_quantity(const std::vector<QuantitySpan>& qs, std::size_t b, std::size_t e) {
  for (auto [q, end] = spans_in(qs, span_reach(b), b + 1); q != end; ++q)
    if (q->unit_first == b && q->counted) e = std::max(e, q->end);
  return e;
}

std::size_t through_counts(const std::vector<QuantitySpan>& qs, std::size_t b, std::size_t e) {
  std::size_t end = e;
  for (auto [q, last] = spans_in(qs, span_reach(b), e + 1); q != last; ++q)
    if (q->counted && q->unit_first >= b && (q->unit_first < e || q->first == e)) end = std::max(end, q->end);
  return end;
}

std::size_t from_hyphened_count(const std::vector<QuantitySpan>& qs, const LexedText& t, std::size_t b) {
  for (auto [q, end] = spans_in(qs, span_reach(b), b + 1); q != end; ++q) {
    std::size_t u = q->unit_first;
    bool hyphened = q->first + 2 == u && t.is(u - 1, "-") && t.joined(u - 1);
    if (hyphened && (u == b || q->end == b)) return q->first;
  }
  return b;
}

std::string quantity_text(const QuantitySpan& q) {
  if (q.unit[0] == '%') return q.number + q.unit;
  return q.number + " " + q.unit;
}

}  // namespace entente
