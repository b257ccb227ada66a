package cn.gidi.dongtai.render;

import java.nio.file.Path;

/** Where an issue's files went. */
public record RenderedIssue(Path folder, Path html, Path pdf, Path emailHtml, Path emailText, Path manifest,
                            Manifest contents) {
}
