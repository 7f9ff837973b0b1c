// App layout: where the windows go (a grid, the embed's stack, or one panel at a time on a phone), the
// panel bar above them (a View menu that reopens any panel and resets the layout; tabs on a phone), and the
// layout state the browser tests read.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app.h"
#include "imgui.h"
#include "widgets.h"

namespace entente {
namespace {

constexpr float kNarrowCss = 700.0f;  // narrower displays (CSS pixels) show one panel at a time
constexpr float kBarCss = 27.0f;      // height of the panel bar

std::string rect_json(const Rect& r, float k) {
  char out[128];
  std::snprintf(out, sizeof out, "[%.1f,%.1f,%.1f,%.1f]", r.x * k, r.y * k, r.w * k, r.h * k);
  return out;
}

// A title without its ImGui "###id" suffix.
std::string plain_title(const View& v) {
  const std::string title = v.title();
  return title.substr(0, title.find("###"));
}

}  // namespace

// Compact: open views stacked at full width, each at its preferred height. Narrow: every open view fills
// the display under the panel bar (one is drawn at a time). Otherwise a grid of up to three columns.
void App::layout() {
  std::vector<View*> shown;
  for (auto& view : views_) {
    if (view->open) shown.push_back(view.get());
  }
  const float s = model_.ui_scale;
  const float w = model_.display_w, h = model_.display_h;
  model_.narrow = !model_.compact && w > 0 && w < kNarrowCss * s;
  bar_h_ = model_.compact ? 0.0f : std::round(kBarCss * s);
  for (View* v : shown) v->relayout = true;
  if (model_.compact) {
    float y = 0;
    for (View* v : shown) {
      v->slot = Rect{0, y, w, std::round(v->preferred_height() * s)};
      y += v->slot.h;
    }
    content_height_ = y;
    return;
  }
  content_height_ = h;
  if (model_.narrow) {
    for (View* v : shown) v->slot = Rect{0, bar_h_, w, std::max(h - bar_h_, 80.0f)};
    if (std::none_of(shown.begin(), shown.end(), [&](View* v) { return active_ == v->id(); }))
      active_ = shown.empty() ? "" : shown.front()->id();
    return;
  }
  layout_grid(shown);
}

// The default layout: up to three columns and as many rows as needed, filling the display under the bar;
// each row shares its width by the views' weights.
void App::layout_grid(const std::vector<View*>& shown) {
  const float s = model_.ui_scale, w = model_.display_w, h = model_.display_h;
  const int n = static_cast<int>(shown.size());
  const int cols = n <= 1 ? 1 : (n <= 4 ? 2 : 3);
  const int rows = n == 0 ? 1 : (n + cols - 1) / cols;
  const float gap = 6.0f * s, top = bar_h_;
  const float ch = (h - top - gap * rows) / rows;
  for (int r = 0; r < rows; ++r) {
    const int first = r * cols, last = std::min(n, first + cols);
    float total = 0;
    for (int i = first; i < last; ++i) total += shown[i]->layout_weight();
    const float free_w = w - gap * (last - first + 1);
    float x = gap;
    for (int i = first; i < last; ++i) {
      const float cw = free_w * shown[i]->layout_weight() / total;
      shown[i]->slot = Rect{x, top + r * (ch + gap), std::max(cw, 100.0f), std::max(ch, 80.0f)};
      x += cw + gap;
    }
  }
}

void App::reset_layout() {
  for (auto& view : views_) view->open = true;
  active_ = views_.empty() ? "" : views_.front()->id();
  layout();
}

// Notes the last item's rectangle under `label` for ui_state_json().
void App::note_bar_item(const std::string& label) {
  const float k = model_.ui_scale > 0 ? 1.0f / model_.ui_scale : 1.0f;
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  bar_items_ += (bar_items_.empty() ? "{\"label\":" : ",{\"label\":") + json_text(label) +
                ",\"rect\":" + rect_json(Rect{a.x, a.y, b.x - a.x, b.y - a.y}, k) + "}";
}

// The bar above the windows: "View" (every panel, ticked when open; a click opens or closes it; "Reset
// layout") and, in the narrow layout, one tab per open panel.
void App::draw_panel_bar() {
  const float s = model_.ui_scale;
  ImGui::SetNextWindowPos(ImVec2(0, 0), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(model_.display_w, bar_h_), ImGuiCond_Always);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6.0f * s, 3.0f * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                 ImGuiWindowFlags_NoFocusOnAppearing;
  bar_items_.clear();
  if (ImGui::Begin("##panel_bar", nullptr, flags)) {
    if (ImGui::Button("View")) ImGui::OpenPopup("view_menu");
    note_bar_item("View");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show or hide panels; reset the layout");
    if (ImGui::BeginPopup("view_menu")) {
      for (auto& view : views_) {
        if (ImGui::MenuItem(plain_title(*view).c_str(), nullptr, view->open)) {
          if (view->open) remember_close(view->id());  // a panel closed from the menu can be undone too
          set_view_open(view->id(), !view->open);
          if (view->open) active_ = view->id();
        }
        note_bar_item("menu:" + std::string(view->id()));
      }
      ImGui::Separator();
      if (ImGui::MenuItem("Reset layout")) reset_layout();
      note_bar_item("menu:reset");
      ImGui::EndPopup();
    }
    if (model_.narrow) draw_panel_tabs();
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
}

namespace {

// {"window": [r, g, b], "frame": ..., "border": ..., "frame_border": size}: the colours radios and fields
// are drawn with, 0-255.
std::string theme_json() {
  const ImGuiStyle& style = ImGui::GetStyle();
  auto colour = [&style](ImGuiCol c) {
    const ImVec4 v = style.Colors[c];
    char out[48];
    std::snprintf(out, sizeof out, "[%d,%d,%d]", static_cast<int>(v.x * 255 + 0.5f),
                  static_cast<int>(v.y * 255 + 0.5f), static_cast<int>(v.z * 255 + 0.5f));
    return std::string(out);
  };
  return "{\"window\":" + colour(ImGuiCol_WindowBg) + ",\"frame\":" + colour(ImGuiCol_FrameBg) +
         ",\"border\":" + colour(ImGuiCol_Border) +
         ",\"frame_border\":" + std::to_string(style.FrameBorderSize) + "}";
}

}  // namespace

// The narrow layout's tabs, one per open panel, on the panel bar beside "View".
void App::draw_panel_tabs() {
  ImGui::SameLine();
  if (!ImGui::BeginTabBar("panel_tabs", ImGuiTabBarFlags_FittingPolicyScroll)) return;
  for (auto& view : views_) {
    if (!view->open) continue;
    const std::string label = plain_title(*view) + "##tab_" + view->id();
    const bool chosen = active_ == view->id();
    if (ImGui::BeginTabItem(label.c_str(), nullptr, chosen ? ImGuiTabItemFlags_SetSelected : 0)) {
      ImGui::EndTabItem();
    }
    if (ImGui::IsItemClicked()) active_ = view->id();
    note_bar_item("tab:" + std::string(view->id()));
  }
  ImGui::EndTabBar();
}

std::string App::ui_state_json() const {
  const float k = model_.ui_scale > 0 ? 1.0f / model_.ui_scale : 1.0f;
  std::string out =
      std::string("{\"narrow\":") + (model_.narrow ? "true" : "false") + ",\"active\":" + json_text(active_) +
      ",\"bar\":" + std::to_string(bar_h_ * k) + ",\"theme\":" + theme_json() + ",\"items\":[" + bar_items_ +
      "]" + ",\"display\":" + rect_json(Rect{0, 0, model_.display_w, model_.display_h}, k) + ",\"views\":[";
  bool first = true;
  for (const auto& v : views_) {
    out += first ? "" : ",";
    first = false;
    out += "{\"id\":" + json_text(v->id()) + ",\"title\":" + json_text(plain_title(*v)) +
           ",\"open\":" + (v->open ? "true" : "false") + ",\"shown\":" + (v->shown ? "true" : "false") +
           ",\"rect\":" + rect_json(v->drawn, k) + ",\"state\":" + v->state_json() + "}";
  }
  return out + "]}";
}

}  // namespace entente
