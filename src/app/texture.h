// Textures for views that draw an image (the Overlap Heatmap): the app fills RGBA pixels, the platform owns
// the GPU side (src/platform/texture.cpp), so no GL call lives in src/app.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include "imgui.h"

namespace entente {

class Texture {
 public:
  virtual ~Texture() = default;
  // Replaces the image with width x height pixels (width, height >= 1), row by row from the top, each an
  // IM_COL32 value (R in the low byte). Sampled nearest, so one image pixel stays one screen pixel.
  virtual void upload(int width, int height, const std::uint32_t* pixels) = 0;
  // For ImGui::Image.
  virtual ImTextureID id() const = 0;
};

// Makes a texture; empty where the platform has none (views then draw a note instead).
using TextureFactory = std::function<std::unique_ptr<Texture>()>;

}  // namespace entente
