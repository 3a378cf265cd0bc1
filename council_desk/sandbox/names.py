"""Name lists for synthetic constituents, by preferred language.

Plainly fictional combinations of common given names and surnames. Some languages also have native-script lists:
letters print the name as the constituent would write it, so those exercise the letter fonts and shaping.
"""

from __future__ import annotations

# (given names, surnames) in Latin script, per language code.
LATIN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "James",
            "Mary",
            "Robert",
            "Patricia",
            "Michael",
            "Linda",
            "David",
            "Jennifer",
            "Keisha",
            "Andre",
            "Susan",
            "Thomas",
            "Karen",
            "Daniel",
            "Nancy",
            "Marcus",
            "Tanya",
            "Kevin",
            "Donna",
            "Brian",
        ),
        (
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Taylor",
            "Moore",
            "Jackson",
            "Martin",
            "Thompson",
            "White",
            "Harris",
            "Clark",
            "Lewis",
            "Walker",
            "Young",
        ),
    ),
    "es": (
        (
            "María",
            "José",
            "Carmen",
            "Luis",
            "Ana",
            "Jorge",
            "Rosa",
            "Carlos",
            "Yesenia",
            "Miguel",
            "Lucía",
            "Rafael",
            "Altagracia",
            "Juan",
            "Marisol",
        ),
        (
            "García",
            "Rodríguez",
            "Martínez",
            "Hernández",
            "López",
            "González",
            "Pérez",
            "Sánchez",
            "Ramírez",
            "Torres",
            "Peña",
            "Núñez",
            "Castillo",
            "Reyes",
            "Ortiz",
        ),
    ),
    "zh-Hans": (("Wei", "Xiuying", "Jun", "Li", "Ming", "Hui"), ("Wang", "Li", "Zhang", "Liu", "Chen", "Lin")),
    "zh-Hant": (("Mei", "Chun", "Kwok", "Wing", "Siu", "Ka"), ("Chan", "Wong", "Lee", "Cheung", "Lau", "Ng")),
    "ru": (
        ("Irina", "Sergei", "Olga", "Dmitri", "Natalia", "Alexei"),
        ("Petrova", "Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov"),
    ),
    "bn": (
        ("Rahim", "Fatema", "Karim", "Nasrin", "Abdul", "Shirin"),
        ("Uddin", "Begum", "Hossain", "Akter", "Rahman", "Islam"),
    ),
    "ht": (
        ("Jean", "Marie", "Wilner", "Nadège", "Pierre", "Rose"),
        ("Joseph", "Pierre", "Louis", "Jean-Baptiste", "Charles", "Desir"),
    ),
    "ko": (
        ("Min-jun", "Seo-yeon", "Ji-ho", "Eun-ji", "Hyun-woo", "Soo-jin"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang"),
    ),
    "ar": (
        ("Ahmed", "Fatima", "Omar", "Layla", "Youssef", "Amal"),
        ("Hassan", "Saleh", "Mansour", "Haddad", "Nasser", "Khalil"),
    ),
    "ur": (
        ("Imran", "Ayesha", "Bilal", "Sana", "Faisal", "Nadia"),
        ("Khan", "Ahmed", "Qureshi", "Malik", "Chaudhry", "Siddiqui"),
    ),
    "fr": (
        ("Aminata", "Moussa", "Claire", "Ibrahima", "Sophie", "Mamadou"),
        ("Diallo", "Traoré", "Dubois", "Koné", "Lefèvre", "Camara"),
    ),
    "pl": (
        ("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Krzysztof"),
        ("Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Zieliński"),
    ),
}

# (given names, surnames) in the language's own script.
NATIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "zh-Hans": (("秀英", "伟", "芳", "军", "丽", "明"), ("王", "李", "张", "刘", "陈", "林")),
    "zh-Hant": (("美玲", "志明", "淑芬", "家豪", "秀蘭", "建國"), ("陳", "黃", "李", "張", "劉", "吳")),
    "ru": (
        ("Ирина", "Сергей", "Ольга", "Дмитрий", "Наталья", "Алексей"),
        ("Петрова", "Иванов", "Смирнова", "Кузнецов", "Попова", "Волков"),
    ),
    "bn": (("রহিম", "ফাতেমা", "করিম", "নাসরিন", "আব্দুল", "শিরিন"), ("উদ্দিন", "বেগম", "হোসেন", "আক্তার", "রহমান", "ইসলাম")),
    "ko": (("민준", "서연", "지호", "은지", "현우", "수진"), ("김", "이", "박", "최", "정", "강")),
    "ar": (("أحمد", "فاطمة", "عمر", "ليلى", "يوسف", "أمل"), ("حسن", "صالح", "منصور", "حداد", "ناصر", "خليل")),
    "ur": (("عمران", "عائشہ", "بلال", "ثنا", "فیصل", "نادیہ"), ("خان", "احمد", "قریشی", "ملک", "چودھری", "صدیقی")),
}

# A realistic NYC mix of preferred languages (about half English; Spanish largest after that).
LANGUAGE_WEIGHTS: dict[str, float] = {
    "en": 50.0,
    "es": 22.0,
    "zh-Hans": 5.0,
    "zh-Hant": 4.0,
    "ru": 5.0,
    "bn": 3.0,
    "ht": 3.0,
    "ko": 2.0,
    "ar": 2.0,
    "ur": 1.5,
    "fr": 1.5,
    "pl": 1.0,
}

# Family name first in these scripts; the contact block still splits first/last name.
NATIVE_SHARE = 0.4

# Short simulated constituent texts, appended to the real descriptor; clearly not from a real filer.
CONSTITUENT_TEXTS: tuple[str, ...] = (
    "(Training text) This has been going on for weeks and nobody has come.",
    "(Training text) Neighbors have complained too. Please follow up.",
    "(Training text) It is worse at night. I called before.",
    "(Training text) My elderly mother lives here and this is a safety problem.",
    "(Training text) The last complaint was closed but nothing changed.",
    "(Training text) Please call me back, I am home after 6pm.",
    "(Training text) Happens every weekend.",
    "(Training text) Kids walk past here to school every day.",
)

FEEDBACK_TEXTS: tuple[str, ...] = (
    "(Training survey) Nobody came out.",
    "(Training survey) Fixed quickly, thank you.",
    "(Training survey) Closed without being fixed.",
    "(Training survey) Took too long.",
    "(Training survey) Good response.",
    "(Training survey) The problem came back a week later.",
)
