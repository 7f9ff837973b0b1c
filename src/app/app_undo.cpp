// App's undo: entries for corpus edits (carried out by the page, which keeps snapshots of its files), lexicon
// edits and closed panels; the undo bar at the bottom of the display (what Undo would revert, the last
// corpus notice); Ctrl+Z outside text fields. Also the test probe's JSON.
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "app.h"
#include "help.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "widgets.h"

namespace entente {

void App::push_undo(std::string label, std::function<void()> undo) {
  undo_.push(std::move(label), std::move(undo));
  model_.undo_label = undo_.top_label();
  model_.notice.clear();  // an older notice would read as if it were about this action
  undo_bar_hidden_ = false;
}

std::string App::undo() {
  std::string label = undo_.undo();
  model_.undo_label = undo_.top_label();
  if (!label.empty()) set_notice("Undone: " + label);
  return label;
}

void App::push_corpus_undo(std::string label, int snapshot) {
  push_undo(std::move(label), [this, snapshot] {
    if (backend_.corpus) backend_.corpus("restore", std::to_string(snapshot));
  });
}

void App::remember_close(const std::string& id) {
  for (const auto& view : views_) {
    if (id != view->id()) continue;
    std::string title = view->title();
    title = title.substr(0, title.find("###"));
    push_undo("Closed the " + title + " panel", [this, id] { set_view_open(id, true); });
  }
}

void App::set_notice(std::string notice) {
  model_.notice = std::move(notice);
  undo_bar_hidden_ = false;
}

void App::act_on_corpus_requests() {
  if (backend_.corpus && actions_.clear_corpus) {
    backend_.corpus("clear", "");
  } else if (backend_.corpus && !actions_.remove_docs.empty()) {
    std::string list;
    for (int index : actions_.remove_docs) list += (list.empty() ? "" : ",") + std::to_string(index);
    backend_.corpus("remove", list);
  }
  actions_.clear_corpus = false;
  actions_.remove_docs.clear();
  if (actions_.undo) undo();
  actions_.undo = false;
}

void App::apply_lexicon_request() {
  if (!actions_.set_lexicon) return;
  Lexicon lexicon = std::move(*actions_.set_lexicon);
  actions_.set_lexicon.reset();
  std::string label = actions_.change_label.empty() ? "Edited the lexicon" : actions_.change_label;
  actions_.change_label.clear();
  push_undo(std::move(label), [this, before = model_.lexicon] { set_lexicon(before); });
  set_lexicon(std::move(lexicon));
}

// A small window at the bottom centre, in front of the panels: the notice, what Undo reverts, Undo, hide.
void App::draw_undo_bar() {
  if (model_.compact || undo_bar_hidden_ || (model_.undo_label.empty() && model_.notice.empty())) return;
  const float s = model_.ui_scale;
  ImGui::SetNextWindowPos(ImVec2(model_.display_w * 0.5f, model_.display_h - 10.0f * s), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("##undo_bar", nullptr, flags)) {
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    if (!model_.notice.empty()) muted_text(model_.notice.c_str());
    if (!model_.undo_label.empty()) {
      ImGui::TextUnformatted(model_.undo_label.c_str());
      ImGui::SameLine();
      if (ImGui::Button("Undo")) actions_.undo = true;
      mark_item(actions_, "undo");
      help_tooltip(actions_,
                   "Put back what this action changed (Ctrl+Z). Earlier actions can be undone too.");
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("x")) undo_bar_hidden_ = true;
    mark_item(actions_, "undo-bar:hide");
    help_tooltip(actions_, "Hide this bar (Ctrl+Z still undoes)");
  }
  ImGui::End();
}

// For tests: where the view's close box is (ImGui puts it at the right end of the title bar).
void App::mark_close_box(const View& view) {
  if (model_.compact || !view.open) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float size = ImGui::GetFontSize();
  actions_.probe.marks.emplace_back(std::string("close:") + view.id(),
                                    Rect{view.drawn.x + view.drawn.w - style.FramePadding.x - size,
                                         view.drawn.y + style.FramePadding.y, size, size});
}

void App::handle_undo_keys() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.NavWindow && g.NavId) {
    const ImRect r = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[0]);
    actions_.probe.nav = Rect{r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()};
    actions_.probe.nav_visible = !g.NavDisableHighlight;
  }
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !(io.KeyCtrl || io.KeySuper) || io.KeyShift) return;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) actions_.undo = true;
}

std::string App::probe_json() const {
  const float k = 1.0f / (model_.ui_scale > 0 ? model_.ui_scale : 1.0f);
  nlohmann::json marks = nlohmann::json::object();
  for (const auto& [name, r] : probe_.marks) marks[name] = {r.x * k, r.y * k, r.w * k, r.h * k};
  nlohmann::json out = {{"marks", marks},
                        {"tooltip", probe_.tooltip},
                        {"popup", probe_.popup},
                        {"doc", probe_.doc},
                        {"nav", {probe_.nav.x * k, probe_.nav.y * k, probe_.nav.w * k, probe_.nav.h * k}},
                        {"nav_visible", probe_.nav_visible},
                        {"undo", model_.undo_label},
                        {"notice", model_.notice}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace entente
