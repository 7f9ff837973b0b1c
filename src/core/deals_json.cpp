// The deals and mentions sections of the JSON contract (see deals_json.h).
#include "deals_json.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "mention_fold.h"

namespace entente {
namespace {

// A field written only when it has a value.
template <class T>
void optional_field(JsonWriter& w, std::string_view key, const std::optional<T>& v) {
  if (v) w.field(key, *v);
}

// A money mention: one object each (never folded).
void write_money(JsonWriter& w, const Mention& m) {
  w.begin_object().field("doc", m.doc).field("type", m.type).field("start", m.start).field("end", m.end);
  optional_field(w, "value", m.value);
  optional_field(w, "unit", m.unit);
  optional_field(w, "value_usd", m.value_usd);
  optional_field(w, "canonical", m.canonical);
  w.end_object();
}

// The mentions of one type in one document as a table: "columns" names each row's items, the fields that
// some row has ("more" last, left out of a row without repeats), and each row holds null for a field it
// lacks.
void write_mention_table(JsonWriter& w, const std::vector<const FoldedMention*>& rows) {
  const Mention& head = *rows.front()->first;
  bool has[5] = {};  // value, unit, value_usd, canonical, more
  for (const FoldedMention* f : rows) {
    has[0] |= f->first->value.has_value();
    has[1] |= f->first->unit.has_value();
    has[2] |= f->first->value_usd.has_value();
    has[3] |= f->first->canonical.has_value();
    has[4] |= !f->more.empty();
  }
  const char* names[] = {"value", "unit", "value_usd", "canonical", "more"};
  w.begin_object().field("doc", head.doc).field("type", head.type).key("columns").begin_array();
  w.value("start").value("end");
  for (int i = 0; i < 5; ++i)
    if (has[i]) w.value(names[i]);
  w.end_array().key("rows").begin_array();
  for (const FoldedMention* f : rows) {
    const Mention& m = *f->first;
    w.begin_array().value(m.start).value(m.end);
    if (has[0]) w.value(m.value);
    if (has[1]) w.value(m.unit);
    if (has[2]) w.value(m.value_usd);
    if (has[3]) w.value(m.canonical);
    if (!f->more.empty()) w.value(f->more);
    w.end_array();
  }
  w.end_array().end_object();
}

// `texts`: with the sentence's text (an export that stands without the documents); the contract leaves it
// out.
void write_evidence(JsonWriter& w, const Evidence& e, bool texts) {
  w.begin_object().field("start", e.start).field("end", e.end);
  if (texts) w.field("text", e.text);
  w.end_object();
}

}  // namespace

void write_mentions(JsonWriter& w, const std::vector<Mention>& mentions) {
  const std::vector<FoldedMention> folded = fold_mentions(mentions);
  w.begin_array();
  for (std::size_t i = 0, j = 0; i < folded.size(); i = j) {
    std::vector<std::pair<std::string_view, std::vector<const FoldedMention*>>> tables;
    for (j = i; j < folded.size() && folded[j].first->doc == folded[i].first->doc; ++j) {
      const Mention& m = *folded[j].first;
      if (m.type == "money") {
        write_money(w, m);
        continue;
      }
      auto t = std::find_if(tables.begin(), tables.end(), [&](const auto& x) { return x.first == m.type; });
      if (t == tables.end()) t = tables.insert(tables.end(), {m.type, {}});
      t->second.push_back(&folded[j]);
    }
    for (const auto& t : tables) write_mention_table(w, t.second);
  }
  w.end_array();
}

// Null, false and empty fields are left out.
void write_deals(JsonWriter& w, const std::vector<Deal>& deals, bool texts) {
  w.begin_array();
  for (const Deal& d : deals) {
    w.begin_object().field("doc", d.doc).field("kind", d.kind).field("sector", d.sector);
    w.field("parties", d.parties).field("item", d.item);
    optional_field(w, "value_usd", d.value_usd);
    optional_field(w, "value", d.value);
    optional_field(w, "currency", d.currency);
    optional_field(w, "value_text", d.value_text);
    optional_field(w, "value_qualifier", d.value_qualifier);
    optional_field(w, "quantity", d.quantity);
    optional_field(w, "year", d.year);
    optional_field(w, "date_text", d.date_text);
    w.field("status", d.status).key("evidence");
    write_evidence(w, d.evidence, texts);
    if (!d.evidence_extra.empty()) {
      w.key("evidence_extra").begin_array();
      for (const Evidence& e : d.evidence_extra) write_evidence(w, e, texts);
      w.end_array();
    }
    if (d.aggregate) w.field("aggregate", true);
    w.field("confidence", d.confidence).field("group", d.group);
    if (!d.conflicts.empty()) w.field("conflicts", d.conflicts);
    w.end_object();
  }
  w.end_array();
}

}  // namespace entente
