#!/usr/bin/env python3
"""Writes N synthetic Arabic articles (JSON Lines) for the store's load test: each article has four
sentences built from templates the coder recognises (agreements, visits, air strikes, protests,
criticism, sanctions), between random pairs of countries, on random days of 2023-2024. The texts are
generated here (no outside data); every article is distinct. Usage: make-corpus.py N > corpus.jsonl"""
import json
import random
import sys

COUNTRIES = [  # name, masculine adjective, feminine adjective, capital
    ("إيران", "الإيراني", "الإيرانية", "طهران"), ("روسيا", "الروسي", "الروسية", "موسكو"),
    ("مصر", "المصري", "المصرية", "القاهرة"), ("السعودية", "السعودي", "السعودية", "الرياض"),
    ("تركيا", "التركي", "التركية", "أنقرة"), ("العراق", "العراقي", "العراقية", "بغداد"),
    ("قطر", "القطري", "القطرية", "الدوحة"), ("سوريا", "السوري", "السورية", "دمشق"),
    ("لبنان", "اللبناني", "اللبنانية", "بيروت"), ("الصين", "الصيني", "الصينية", "بكين"),
    ("فرنسا", "الفرنسي", "الفرنسية", "باريس"), ("الولايات المتحدة", "الأمريكي", "الأمريكية", "واشنطن"),
    ("إسرائيل", "الإسرائيلي", "الإسرائيلية", "القدس"), ("الجزائر", "الجزائري", "الجزائرية", "الجزائر"),
]
FIELDS = ["الطاقة", "التجارة", "النقل", "الزراعة", "التعليم", "الصحة", "الدفاع"]
TEMPLATES = [
    "وقع وزير الخارجية {am} ونظيره {bm}، أمس، اتفاقية للتعاون في مجال {field}.",
    "استقبل الرئيس {am} وزير الخارجية {bm} في {acap}.",
    "شنت الطائرات {af} غارات على مواقع في {bname}.",
    "تظاهر محتجون أمام مقر الحكومة {af} في {acap} احتجاجا على الغلاء.",
    "انتقدت الخارجية {af} القرار {bm} ووصفته بأنه غير مقبول.",
    "فرضت {aname} عقوبات جديدة على {bname}.",
]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    rng = random.Random(42)
    for i in range(n):
        day = rng.randrange(0, 730)
        year, doy = (2023, day) if day < 365 else (2024, day - 365)
        month = min(12, doy // 31 + 1)
        published = f"{year}-{month:02d}-{doy % 28 + 1:02d}"
        sentences = [f"تقرير رقم {i}"]
        for _ in range(4):
            a, b = rng.sample(COUNTRIES, 2)
            sentences.append(rng.choice(TEMPLATES).format(
                am=a[1], af=a[2], acap=a[3], aname=a[0], bm=b[1], bname=b[0], field=rng.choice(FIELDS)))
        outlet = rng.choice(["akhbar", "wakala", "sahifa", "qanat", "majalla"])
        print(json.dumps({"id": f"load-{i}", "published": published, "url": f"https://{outlet}.example/{i}",
                          "text": "\n\n".join(sentences)}, ensure_ascii=False))


main()
