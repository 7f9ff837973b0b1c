// Lexicon editor (see lexicon_editor.h).
#include "lexicon_editor.h"

#include <algorithm>

#include "help.h"
#include "imgui.h"
#include "tokenize.h"
#include "widgets.h"

namespace entente {
namespace {

// ImGui::InputTextMultiline over a std::string (grows the buffer on demand).
int grow_string(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* s = static_cast<std::string*>(data->UserData);
    s->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = s->data();
  }
  return 0;
}

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

}  // namespace

bool LexiconEditor::draw(Lexicon& lexicon, float ui_scale, UiProbe& probe) {
  bool changed = draw_topic_picker(lexicon, probe);
  if (!lexicon.topics.empty()) {
    topic_ = std::clamp(topic_, 0, static_cast<int>(lexicon.topics.size()) - 1);
    changed |= draw_terms(lexicon.topics[topic_], ui_scale, probe);
  }
  ImGui::Separator();
  changed |= draw_new_topic(lexicon);
  ImGui::Separator();
  changed |= draw_json(lexicon, ui_scale);
  if (!error_.empty()) error_text(error_);
  return changed;
}

bool LexiconEditor::draw_topic_picker(Lexicon& lexicon, UiProbe& probe) {
  if (lexicon.topics.empty()) return false;
  topic_ = std::clamp(topic_, 0, static_cast<int>(lexicon.topics.size()) - 1);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  if (ImGui::BeginCombo("Topic", lexicon.topics[topic_].label.c_str())) {
    for (int i = 0; i < static_cast<int>(lexicon.topics.size()); ++i) {
      std::string item = lexicon.topics[i].label + " (" + lexicon.topics[i].id + ")";
      if (ImGui::Selectable(item.c_str(), i == topic_)) topic_ = i;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  const bool remove = lexicon.topics.size() > 1 && ImGui::Button("Remove topic");
  mark_item(probe, "lexicon:remove-topic");
  if (remove) {
    change_ = "Removed the topic " + lexicon.topics[topic_].label;
    lexicon.topics.erase(lexicon.topics.begin() + topic_);
    topic_ = std::max(0, topic_ - 1);
    error_.clear();
    return true;
  }
  return false;
}

bool LexiconEditor::draw_terms(LexiconTopic& topic, float ui_scale, UiProbe& probe) {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  bool add = ImGui::InputTextWithHint("##term", "word, prefix* or phrase", new_term_, sizeof new_term_,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
  mark_item(probe, "lexicon:term");
  ImGui::SameLine();
  add |= ImGui::Button("Add term");
  bool changed = false;
  if (add && new_term_[0]) {
    std::string problem = term_problem(new_term_);
    std::string folded = fold_lower(new_term_);
    bool duplicate = std::any_of(topic.terms.begin(), topic.terms.end(),
                                 [&](const std::string& t) { return fold_lower(t) == folded; });
    if (!problem.empty()) {
      error_ = std::string("term '") + new_term_ + "': " + problem;
    } else if (duplicate) {
      error_ = std::string("term '") + new_term_ + "' is already in " + topic.label;
    } else {
      topic.terms.emplace_back(new_term_);
      change_ = std::string("Added the term ") + new_term_ + " to " + topic.label;
      new_term_[0] = '\0';
      error_.clear();
      changed = true;
    }
  }
  ImGui::Text("%zu terms in %s (click a term twice to remove it)", topic.terms.size(), topic.label.c_str());
  if (ImGui::BeginChild("terms", ImVec2(0, 110 * ui_scale), true)) {
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (std::size_t i = 0; i < topic.terms.size(); ++i) {
      if (draw_chip(topic, i, probe)) {
        changed = true;
        break;
      }
      float next =
          ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x +
          (i + 1 < topic.terms.size() ? ImGui::CalcTextSize(topic.terms[i + 1].c_str()).x + 80 * ui_scale
                                      : 0);
      if (next < right) ImGui::SameLine();
    }
  }
  ImGui::EndChild();
  return changed;
}

// One term's chip. The first click arms it ("gas  remove?"), a second click removes the term; clicking
// another chip arms that one instead. Returns true when the term was removed.
bool LexiconEditor::draw_chip(LexiconTopic& topic, std::size_t i, UiProbe& probe) {
  const std::string& term = topic.terms[i];
  const bool armed = armed_term_ == term;
  ImGui::PushID(static_cast<int>(i));
  if (armed) ImGui::PushStyleColor(ImGuiCol_Button, kErrorColor);
  const bool clicked = ImGui::SmallButton((term + (armed ? "  remove?" : "  x") + "###chip").c_str());
  if (armed) ImGui::PopStyleColor();
  if (i < 3) mark_item(probe, "lexicon:chip" + std::to_string(i));
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip(armed ? "Click again to remove \"%s\"" : "Click to remove \"%s\" (asks first)",
                      term.c_str());
  }
  ImGui::PopID();
  if (!clicked) return false;
  if (!armed) {
    armed_term_ = term;
    return false;
  }
  change_ = "Removed the term " + term + " from " + topic.label;
  armed_term_.clear();
  topic.terms.erase(topic.terms.begin() + static_cast<std::ptrdiff_t>(i));
  return true;
}

bool LexiconEditor::draw_new_topic(Lexicon& lexicon) {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  ImGui::InputTextWithHint("##id", "id (a-z, 0-9, _)", new_id_, sizeof new_id_);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputTextWithHint("##label", "label", new_label_, sizeof new_label_);
  ImGui::SameLine();
  if (!ImGui::Button("Add topic") || !new_id_[0]) return false;
  std::string id = new_id_;
  if (!valid_id(id)) {
    error_ = "topic id '" + id + "' must use only a-z, 0-9 and _";
    return false;
  }
  for (const LexiconTopic& t : lexicon.topics) {
    if (t.id == id) {
      error_ = "topic id '" + id + "' already exists";
      return false;
    }
  }
  lexicon.topics.push_back({id, new_label_[0] ? std::string(new_label_) : id, {}});
  change_ = "Added the topic " + lexicon.topics.back().label;
  topic_ = static_cast<int>(lexicon.topics.size()) - 1;
  new_id_[0] = new_label_[0] = '\0';
  error_.clear();
  return true;
}

bool LexiconEditor::draw_json(Lexicon& lexicon, float ui_scale) {
  bool changed = false;
  if (ImGui::Button("Copy lexicon JSON")) ImGui::SetClipboardText(lexicon_to_json(lexicon).c_str());
  ImGui::SameLine();
  if (ImGui::Button("Reset to default")) {
    try {
      lexicon = default_lexicon();
      change_ = "Reset the lexicon to the default";
      error_.clear();
      changed = true;
    } catch (const LexiconError& e) {
      error_ = e.what();
    }
  }
  ImGui::TextUnformatted("Paste a lexicon (JSON) and apply it:");
  if (json_.capacity() < 256) json_.reserve(256);
  ImGui::InputTextMultiline("##json", json_.data(), json_.capacity() + 1, ImVec2(-1, 90 * ui_scale),
                            ImGuiInputTextFlags_CallbackResize, grow_string, &json_);
  if (ImGui::Button("Apply pasted lexicon")) {
    try {
      lexicon = parse_lexicon(json_.c_str());
      change_ = "Applied the pasted lexicon";
      topic_ = 0;
      error_.clear();
      changed = true;
    } catch (const LexiconError& e) {
      error_ = std::string(e.what()) + " (the current lexicon is kept)";
    }
  }
  return changed;
}

}  // namespace entente
