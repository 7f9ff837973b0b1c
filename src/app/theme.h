// Fonts and colours for the whole UI: the font atlas at device-pixel size and the light or dark style.
#pragma once

#include <vector>

namespace entente {

// Font size in CSS pixels.
inline constexpr float kFontSizeCss = 14.0f;

// Rebuilds ImGui's font atlas for `scale` device pixels per CSS pixel. `ttf` is the page's font (Latin,
// Cyrillic, Arabic); when empty, ImGui's built-in font is used. `ttf` must outlive the atlas.
// The renderer's font texture must be recreated afterwards.
void build_font_atlas(const std::vector<unsigned char>& ttf, float scale);

// Sets ImGui's style: dark or light colours, sizes scaled by `scale`.
void apply_style(bool dark, float scale);

}  // namespace entente
