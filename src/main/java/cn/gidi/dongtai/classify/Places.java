package cn.gidi.dongtai.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The administrative-divisions gazetteer: place names (provinces, prefecture-level cities, counties and
 * districts) with the province each belongs to, so an issuer or a text naming a place outside Beijing's
 * central bodies reads as local, and one in Guizhou as 数谷动态. Built once from the divisions tables
 * (provinces.csv, cities.csv, areas.csv) by {@code classify --train} and stored inside the model file.
 */
final class Places {

    static final String GUIZHOU = "52";

    private final Map<String, String> provinceOf;
    /** Longest names first, so 贵阳市 is found before 贵阳. */
    private final List<String> sorted;

    Places(Map<String, String> provinceOf) {
        this.provinceOf = new LinkedHashMap<>(provinceOf);
        this.sorted = new ArrayList<>(provinceOf.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
    }

    Map<String, String> provinceOf() {
        return provinceOf;
    }

    /** The first place named in the text, or null. */
    String find(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (String name : sorted) {
            if (text.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /** The first Guizhou place named in the text, or null. */
    String findGuizhou(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (String name : sorted) {
            if (GUIZHOU.equals(provinceOf.get(name)) && text.contains(name)) {
                return name;
            }
        }
        return null;
    }

    static Places fromDivisions(Path folder) {
        Map<String, String> map = new LinkedHashMap<>();
        for (CSVRecord r : csv(folder.resolve("provinces.csv"))) {
            String full = r.get("name");
            map.put(full, r.get("code"));
            map.putIfAbsent(shortProvince(full), r.get("code"));
        }
        for (CSVRecord r : csv(folder.resolve("cities.csv"))) {
            String full = r.get("name");
            if (full.equals("市辖区") || full.equals("县") || full.contains("直辖")) {
                continue;
            }
            map.putIfAbsent(full, r.get("provinceCode"));
            String s = full.replaceFirst("(市|地区|盟|自治州)$", "").replaceFirst("(土家族|苗族|布依族|侗族|彝族|藏族|回族|"
                    + "蒙古族|朝鲜族|傣族|景颇族|哈尼族|壮族|白族|傈僳族|羌族|哈萨克|柯尔克孜|土家族苗族|苗族侗族|布依族苗族)+$", "");
            if (s.length() >= 2) {
                map.putIfAbsent(s, r.get("provinceCode"));
            }
        }
        for (CSVRecord r : csv(folder.resolve("areas.csv"))) {
            String full = r.get("name");
            if (full.length() >= 3 && !full.matches("(城|市|郊|矿|新|高新|开发|经济|东|西|南|北|中)区")) {
                map.putIfAbsent(full, r.get("provinceCode"));
            }
        }
        return new Places(map);
    }

    static String shortProvince(String full) {
        return full.replaceFirst("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
    }

    private static Iterable<CSVRecord> csv(Path file) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the divisions table " + file + ": " + e.getMessage(), e);
        }
    }
}
