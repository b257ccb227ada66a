package cn.gidi.dongtai.archive;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param folder where {@code publish} (and the console's 发布往期) writes the public archive */
@ConfigurationProperties("dongtai.archive")
public record ArchiveProperties(@DefaultValue("output/archive") Path folder) {
}
