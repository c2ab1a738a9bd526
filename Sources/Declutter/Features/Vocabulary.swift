/// Every word list declutter uses, in one place.
///
/// The lists are generic: words any news or web page uses for its own furniture, in the
/// languages crawls carry most. Nothing here names a site or copies a phrase that only one page
/// uses; a rule that fits one page is worth nothing on pages we have not seen. When you add a
/// phrase, add it for the cue it signals and run `make eval` on the whole corpus.
enum Vocabulary {
    /// Function words per language (space-separated, lower case).
    static let stopWords: [String: String] = [
        "en": """
            a about above after again against all also am an and any are as at be because been before being below \
            between both but by can could did do does doing down during each few for from further had has have having \
            he her here hers herself him himself his how i if in into is it its itself just me more most my myself no \
            nor not now of off on once only or other our ours ourselves out over own same she should so some such than \
            that the their theirs them themselves then there these they this those through to too under until up very \
            was we were what when where which while who whom why will with would you your yours yourself yourselves \
            said says may might must shall us one two many much every still yet however though although since \
            whether without within upon among around across against along toward towards even ever also been its
            """,
        "fr": """
            au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me même mes moi mon ne \
            nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous \
            c d j l à m n s t y été être avoir est sont était ont a cette comme plus aussi fait dont où
            """,
        "de": """
            aber als am an auch auf aus bei bin bis bist da dadurch daher darum das daß dass dein deine dem den der des \
            dessen deshalb die dies dieser dieses doch dort du durch ein eine einem einen einer eines er es euer eure für \
            hatte hatten hattest hattet hier hinter ich ihr ihre im in ist ja jede jedem jeden jeder jedes jener jenes \
            jetzt kann kannst können könnt machen mein meine mit muß musst müssen nach nachdem nein nicht nun oder seid \
            sein seine sich sie sind soll sollen sollst sollt sonst soweit sowie und unser unsere unter vom von vor wann \
            warum was weiter weitere wenn wer werde werden werdet weshalb wie wieder wieso wir wird wirst wo woher wohin \
            zu zum zur über wurde wurden hat haben
            """,
        "es": """
            a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas \
            ellos en entre era es esa esas ese eso esos esta estas este esto estos fue fueron ha han hasta hay la las le \
            les lo los mas me mi mis mucho muy más nada ni no nos nosotros o otra otras otro otros para pero poco por \
            porque que quien se sea ser si sido sin sobre son su sus también tanto te tiene todo todos tu tus un una uno \
            unos y ya él
            """,
        "it": """
            a ad agli ai al alla alle allo anche che chi ci come con cui da dagli dai dal dalla dalle dallo degli dei del \
            della delle dello di e ed era gli ha hanno i il in io la le lei lo loro lui ma mi ne negli nei nel nella nelle \
            nello noi non o per perché più quale quando quella quelle quello questa queste questo se si sia sono su sua \
            sue sui sul sulla suo suoi tra un una uno è stato essere
            """,
        "pt": """
            a ao aos as até com como da das de dela dele deles do dos e ela elas ele eles em entre era essa esse esta \
            este eu foi foram há isso isto já lhe mais mas me mesmo meu minha muito na nas nem no nos nossa nosso não o \
            os ou para pela pelas pelo pelos por qual quando que quem se sem ser seu seus sua suas são também te tem um \
            uma você
            """,
        "nl": """
            aan al als bij dan dat de der deze die dit door een en er geen had heb heeft hem het hier hij hoe hun ik in \
            is je kan maar me met mij na naar niet nog nu of om onder ons ook op over te tegen toch tot u uit van veel \
            voor want was wat we wel werd wie wij worden zal ze zelf zich zij zijn zo zonder
            """,
        "sv": """
            och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när \
            år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra
            """,
        "pl": """
            i w na z się nie do to że jest o jak a po ale przez od za co tak czy już jego jej które który która są był \
            była było oraz dla tylko może gdy także
            """,
        "ru": """
            и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от \
            меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж \
            вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без \
            будто чего раз тоже себе под будет это
            """,
    ]

    /// Short lines that are nothing but a piece of page furniture, matched whole (lower case,
    /// surrounding punctuation and a trailing count removed).
    static let exactCues: [String: Cues] = {
        var map = [String: Cues]()
        func add(_ cue: Cues, _ phrases: [String]) { for phrase in phrases { map[phrase, default: []].insert(cue) } }
        add(.related, [
            "related", "related articles", "related stories", "related news", "related posts", "related content",
            "related coverage", "related topics", "related reading", "don't miss", "do not miss", "more stories",
            "more news", "more from", "more on this story", "more on this topic", "more articles", "read next",
            "also read", "read also", "see also", "you may also like", "you might also like", "recommended",
            "recommended for you", "recommended stories", "recommended articles", "editor's picks", "editors' picks",
            "top stories", "latest news", "latest stories", "latest articles", "latest", "in other news", "what to read next",
            "read more articles", "read more blogs", "more blogs", "more posts", "recent posts", "recent articles",
            "latest posts", "related blogs", "more like this",
            "up next", "next article", "previous article", "next post", "previous post", "keep reading", "more to explore",
            "sponsored stories", "around the web", "from the web", "promoted stories", "further reading",
            "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "articles similaires", "à voir aussi",
            "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "auch interessant",
            "lee también", "noticias relacionadas", "te puede interesar", "más noticias", "leer más", "relacionados",
            "leggi anche", "articoli correlati", "potrebbe interessarti", "altre notizie", "leia também", "leia mais",
            "notícias relacionadas", "veja também", "lees ook", "meer nieuws", "関連記事", "関連ニュース", "あわせて読みたい",
            "相关文章", "相关新闻", "相关阅读", "推荐阅读", "관련기사", "관련 기사", "читайте также", "похожие новости",
        ])
        add(.popular, [
            "popular", "most popular", "most read", "most viewed", "most shared", "most commented", "trending",
            "trending now", "trending stories", "popular articles", "popular posts", "popular stories", "popular now",
            "access ranking", "ranking", "top 10", "hot topics", "les plus lus", "meistgelesen", "meistgelesene artikel",
            "lo más leído", "más leídas", "i più letti", "mais lidas", "人気記事", "アクセスランキング", "ランキング", "热门文章",
            "热门新闻", "排行榜", "많이 본 뉴스", "популярное",
        ])
        add(.comments, [
            "comments", "comment", "leave a comment", "leave a reply", "add a comment", "post a comment", "join the discussion",
            "join the conversation", "show comments", "view comments", "load comments", "no comments",
            "commentaires", "kommentare", "comentarios", "commenti", "comentários", "コメント", "评论", "댓글", "комментарии",
        ])
        add(.share, [
            "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
            "share on twitter", "share on x", "share on linkedin", "share via email", "tweet", "facebook", "twitter", "x",
            "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "email", "e-mail", "print", "copy link",
            "copy url", "link copied", "envoyer par e-mail", "envoyer par mail", "per e-mail senden", "per mail teilen",
            "enviar por correo", "enviar por email", "invia per email", "enviar por e-mail", "partager", "teilen", "compartir", "condividi", "compartilhar", "シェア", "シェアする", "ツイート", "lineで送る",
            "この記事をシェア", "分享",
            "공유", "поделиться",
        ])
        add(.ad, [
            "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content", "promoted",
            "partner content", "story continues below advertisement", "article continues below advertisement",
            "continue reading below", "scroll to continue with content", "publicité", "anzeige", "werbung",
            "publicidad", "pubblicità", "publicidade", "advertentie", "広告", "广告", "광고", "реклама",
        ])
        add(.newsletter, [
            "subscribe", "subscribe now", "sign up", "sign up now", "newsletter", "newsletters", "get the newsletter",
            "subscribe to our newsletter", "sign up for our newsletter", "join our newsletter", "log in", "login",
            "sign in", "register", "create an account", "create account", "already a subscriber", "s'abonner",
            "abonnieren", "suscríbete", "iscriviti", "assine",
        ])
        add(.cookie, ["accept", "accept all", "accept cookies", "reject all", "manage cookies", "cookie settings",
                      "cookie policy", "manage preferences", "got it", "i agree", "ok, i agree"])
        add(.linkLabel, [
            "source link", "source", "read more", "back to top", "back to top button", "continue reading", "read the full story",
            "read full article", "read the full article", "click here", "view all", "see all", "see more", "show more",
            "load more", "more", "next", "previous", "prev", "home", "menu", "search", "close", "skip to content",
            "skip to main content", "skip navigation", "toggle navigation", "open menu", "go to top", "top",
            "was this article helpful", "was this helpful", "was this page helpful", "was the article useful",
            "did you find this article helpful", "rate this article", "table of contents", "on this page", "in this article", "jump to", "article sources", "search this blog",
            "search this site", "search for", "bookmark", "ブックマーク", "save", "gift this article",
            "listen to this article", "watch", "listen", "video", "play", "download", "download the app", "follow us", "follow", "contact us",
            "about us", "reply", "report", "quote", "like", "permalink", "privacy policy", "terms of use", "terms of service", "terms and conditions", "sitemap",
            "retour en haut", "nach oben", "volver arriba", "torna su", "voltar ao topo", "続きを読む", "阅读全文", "返回顶部",
        ])
        add(.tags, ["tags", "topics", "tagged", "filed under", "categories", "category", "keywords", "themen", "sujets",
                    "etiquetas", "temas", "argomenti", "タグ", "标签"])
        add(.byline, ["by", "author", "authors", "written by", "posted by", "von", "par", "por", "di", "door"])
        add(.breadcrumb, ["you are here", "home page"])
        return map
    }()

    /// Words that make a short label (five words or fewer, no full stop) a section heading for
    /// other stories wherever they stand in it.
    static let labelKeywords: Set<String> = [
        "related", "recommended", "popular", "ranking", "rankings", "trending", "sponsored", "advertisement",
        "newsletter", "newsletters", "comments", "cookies", "connexes", "ähnliche", "relacionadas", "correlati",
        "relacionados", "populaires", "beliebt", "populares", "popolari", "gallery", "slideshow",
    ]

    /// Openings that mark a line as furniture when the line is short (lower case).
    static let prefixCues: [(prefix: String, cue: Cues)] = [
        ("related:", .related), ("related articles", .related), ("related stories", .related), ("read more:", .related),
        ("also read:", .related), ("read also:", .related), ("see also:", .related),
        ("more from ", .related), ("more on ", .related), ("read next:", .related), ("watch:", .related),
        ("lire aussi", .related), ("lesen sie auch", .related), ("lee también", .related), ("leggi anche", .related),
        ("leia também", .related), ("leer más:", .related), ("lire aussi :", .related), ("à lire aussi", .related),
        ("mehr zum thema:", .related), ("leggi anche:", .related), ("most read", .popular), ("most popular", .popular), ("trending", .popular),
        ("photo:", .caption), ("photos:", .caption), ("photo by", .caption), ("photograph:", .caption),
        ("image:", .caption), ("image credit", .caption), ("picture:", .caption), ("credit:", .caption),
        ("credits:", .caption), ("foto:", .caption), ("bild:", .caption), ("illustration:", .caption),
        ("file photo", .caption), ("above: ", .caption), ("left: ", .caption), ("right: ", .caption), ("写真", .caption), ("图片来源", .caption), ("©", .copyright), ("(c) ", .copyright),
        ("copyright", .copyright), ("all rights reserved", .copyright), ("tags:", .tags), ("tagged:", .tags),
        ("topics:", .tags), ("filed under", .tags), ("schlagworte", .tags), ("share this", .share),
        ("share on", .share), ("follow us", .share), ("sign up for", .newsletter), ("subscribe to", .newsletter),
        ("subscribe for", .newsletter), ("get our newsletter", .newsletter), ("by signing up", .newsletter),
        ("by subscribing", .newsletter), ("already a subscriber", .newsletter), ("continue reading", .linkLabel),
        ("thanks for signing up", .newsletter), ("thank you for signing up", .newsletter),
        ("thanks for subscribing", .newsletter), ("thank you for subscribing", .newsletter), ("loading...", .hidden),
        ("source:", .linkLabel), ("sources:", .linkLabel), ("via:", .linkLabel), ("click here", .linkLabel),
        ("skip to", .linkLabel), ("breaking:", .sectionLabel), ("breaking news:", .sectionLabel), ("live:", .sectionLabel), ("back to", .linkLabel), ("advertisement", .ad), ("sponsored by", .ad),
        ("paid for by", .ad), ("buy now", .ad), ("buy it now", .ad), ("shop now", .ad), ("shop at ", .ad),
        ("check price", .ad), ("see price", .ad), ("view deal", .ad), ("get deal", .ad), ("presented by", .ad), ("責任編輯", .byline), ("责任编辑", .byline), ("編集：", .byline),
        ("last updated", .date), ("updated:", .date), ("updated on", .date), ("published:", .date), ("published on", .date),
        ("posted on", .date), ("posted:", .date), ("reading time", .date), ("min read", .date), ("comments (", .comments),
        ("view comments", .comments), ("show comments", .comments), ("category:", .tags), ("categories:", .tags),
        ("posted in", .tags), ("like this:", .share), ("opens in a new window", .linkLabel), ("←", .navigation),
        ("« previous", .navigation), ("next »", .navigation), ("previous post", .navigation), ("next post", .navigation),
        // Widget labels of forum software and share plugins, printed as lines of their own in a dump.
        ("click to expand", .linkLabel), ("click to share", .share), ("click to email", .share),
        ("click to print", .share), ("last edited", .date), ("sponsor message", .ad),
    ]

    /// Openings of legal small print under sign-up forms and licence boxes: furniture whatever
    /// the length of the line.
    static let smallPrintOpenings: [String] = [
        "by signing up", "by clicking", "by subscribing", "by submitting", "by registering", "by continuing",
        "by entering your", "by providing your", "this work is licensed under", "this article is licensed under",
        "republish our articles", "this site is protected by recaptcha", "en vous inscrivant", "mit der anmeldung",
        "al suscribirte", "al registrarte", "iscrivendoti",
    ]

    /// Nouns that follow a count in a comment-section heading: "59 Comments", "12 thoughts on …".
    static let commentCountNouns: Set<String> = [
        "comments", "comment", "responses", "response", "replies", "thoughts", "reactions", "kommentare", "commentaires",
        "comentarios", "commenti", "comentários", "reacties",
    ]

    /// Phrases that mark a line as furniture wherever they stand in it, even in a longer line.
    static let containedCues: [(phrase: String, cue: Cues)] = [
        ("we use cookies", .cookie), ("uses cookies", .cookie), ("use cookies", .cookie), ("verwenden cookies", .cookie),
        ("utilisent des cookies", .cookie), ("min read", .date), ("minute read", .date), ("minutes read", .date), ("use of cookies", .cookie), ("cookie policy", .cookie),
        ("accept cookies", .cookie), ("consent to the use", .cookie), ("by continuing to browse", .cookie),
        ("by continuing to use", .cookie), ("manage your cookie", .cookie), ("nous utilisons des cookies", .cookie),
        ("verwendet cookies", .cookie), ("utilizamos cookies", .cookie), ("utilizziamo i cookie", .cookie),
        ("all rights reserved", .copyright), ("alle rechte vorbehalten", .copyright), ("tous droits réservés", .copyright),
        ("todos los derechos reservados", .copyright), ("tutti i diritti riservati", .copyright),
        ("版权所有", .copyright), ("無断転載", .copyright), ("sign up for our", .newsletter),
        ("subscribe to our", .newsletter), ("delivered to your inbox", .newsletter), ("straight to your inbox", .newsletter),
        ("in your inbox", .newsletter), ("enter your email", .newsletter), ("your email address", .newsletter),
        ("votre adresse e-mail", .newsletter), ("votre e-mail", .newsletter), ("ihre e-mail-adresse", .newsletter),
        ("tu correo electrónico", .newsletter), ("il tuo indirizzo email", .newsletter), ("seu e-mail", .newsletter),
        ("newsletter", .newsletter), ("unsubscribe at any time", .newsletter), ("this content is not available", .hidden),
        ("javascript is disabled", .hidden), ("enable javascript", .hidden), ("requires javascript", .hidden), ("your browser does not support", .hidden),
        ("out of date browser", .hidden), ("use an alternative browser", .hidden),
        ("as a web app on your home screen", .hidden),
        ("this article is more than", .date), ("min. read", .date), ("may earn a commission", .ad),
        ("may earn commission", .ad), ("earn a small commission", .ad), ("earn an affiliate commission", .ad),
        ("affiliate links", .ad), ("affiliate commission", .ad), ("purchases made through", .ad),
        ("we may receive compensation", .ad), ("we may receive a commission", .ad), ("we may get a commission", .ad),
        ("independently selected by our editors", .ad), ("chosen independently by our editors", .ad),
        ("use coupon code", .ad), ("consider donating", .newsletter), ("make a donation", .newsletter),
        ("donate today", .newsletter), ("donate now", .newsletter), ("support our journalism", .newsletter),
        ("support independent journalism", .newsletter),
        ("reader donations", .newsletter), ("become a member", .newsletter), ("become a supporter", .newsletter),
        ("to read the rest of", .newsletter), ("subscribe to read", .newsletter), ("exclusive to subscribers", .newsletter),
        ("subscribers only", .newsletter), ("for subscribers only", .newsletter), ("already have an account", .newsletter), ("getty images", .caption), ("shutterstock", .caption),
        ("associated press", .caption), (" photo: ", .caption), (" foto: ", .caption), (" photograph: ", .caption),
        (" credit: ", .caption), (" picture: ", .caption), ("/afp", .caption), ("/reuters", .caption), ("/ap photo", .caption),
        ("ap photo/", .caption), ("来源：", .linkLabel), ("作者：", .byline), ("字号：", .share), ("分享到", .share),
        ("当前位置", .breadcrumb), ("現在位置", .breadcrumb), ("出典：", .linkLabel), ("reuters/", .caption), ("afp via getty", .caption), ("photo credit", .caption),
        // Legal small print closing a page: charity and company registration, advice disclaimers.
        ("registered charity", .newsletter), ("registered in england", .newsletter), ("limited by guarantee", .newsletter),
        ("not medical advice", .newsletter), ("not intended to be a substitute for professional", .newsletter),
        ("reader-supported publication", .newsletter), ("i agree to be contacted", .newsletter),
        ("buy me a coffee", .newsletter), ("cookie settings", .cookie), ("for educational purposes", .newsletter),
        ("for informational purposes", .newsletter), ("trademarks of", .copyright), ("registered trademark", .copyright),
        ("all trademarks", .copyright), ("informational purposes only", .newsletter),
        ("not a substitute for", .newsletter), ("this post is over", .date), ("this post is more than", .date),
        ("this article is over", .date), ("support javascript", .hidden), ("javascript enabled", .hidden),
        // Status messages of web forms, hidden until the form is sent: a dump prints them anyway.
        ("something went wrong while submitting", .hidden), ("submission has been received", .hidden),
        ("message has been received", .hidden), ("opens in new window", .linkLabel),
    ]

    /// Endings of photo credits in scripts without spaces: "…＝田中健撮影" (photographed by),
    /// "…记者 李明 摄".
    static let creditSuffixes: [String] = ["撮影", "摄", "攝", "提供", "写真提供", "图片来源", "資料写真"]

    /// Verbs that follow an author's name at the start of an author bio ("Jane Doe is a …").
    static let bioVerbs: Set<String> = [
        "is", "has", "was", "writes", "covers", "joined", "started", "serves", "leads", "holds", "reports", "edits",
        "ist", "est", "es", "è", "é",
    ]

    /// Words at least one of which an author bio uses: what the person does for a living.
    static let bioNouns: [String] = [
        "writer", "editor", "journalist", "reporter", "author", "contributor", "correspondent", "columnist",
        "specializes", "specialises", "specializing", "specialising", "has written", "years of experience", "freelance",
        "blogger", "founder", "analyst", "contributing",
        "redakteur", "journaliste", "periodista", "giornalista", "jornalista",
    ]

    /// Month names and abbreviations (lower case) in the languages above, with their number:
    /// date-line detection reads the names, the metadata date parser the numbers.
    static let monthNumbers: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
        "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
        "ottobre": 10, "dicembre": 12,
        "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
        "novembro": 11, "dezembro": 12,
    ]

    /// The month names date-line detection knows (its scoring was tuned on exactly these).
    static let months: Set<String> = Set(monthNumbers.keys)

    /// Month names the date parser reads besides ``monthNumbers`` (Dutch, Swedish, Polish and
    /// Russian genitives, Turkish, Indonesian, more abbreviations); date-line detection does not.
    static let moreMonthNumbers: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "mrt": 3, "okt": 10, "dez": 12,
        "maj": 5, "augusti": 8, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12, "ene": 1, "dic": 12,
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
        "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
        "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
        "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
        "maret": 3, "agustus": 8, "desember": 12,
    ]

    /// Time-zone abbreviations a date line may end with, and their offset from UTC in minutes.
    /// Ambiguous ones (IST is India's here, CST North America's) take their commonest sense.
    static let timeZoneOffsets: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "msk": 180, "ist": 330, "wib": 420, "ict": 420, "hkt": 480, "sgt": 480, "pht": 480, "awst": 480,
        "jst": 540, "kst": 540, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "est": -300, "edt": -240,
        "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480,
        "hst": -600,
    ]

    /// Words after which a date line gives the time the story was last changed ("11:06 JST
    /// (updated at 15:00 JST)").
    static let updateWords: Set<String> = [
        "updated", "update", "modified", "aktualisiert", "actualizado", "actualisé", "aggiornato", "atualizado",
        "bijgewerkt", "güncelleme", "обновлено",
    ]

    /// Openings of a byline ("By Jane Doe"), lower case with the space before the name: byline
    /// detection looks for them, the metadata strips them to leave the name.
    static let bylineOpeners: [String] = [
        "by ", "written by ", "posted by ", "von ", "par ", "por ", "di ", "door ", "text: ", "texte : ", "text by ",
        "words by ", "story by ", "reporting by ", "edited by ",
    ]

    /// Words that, beside a month or digits, still leave a line a date stamp (weekdays, time words).
    static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest",
        "bst", "jst", "kst", "ist", "updated", "published", "posted", "at", "on", "of", "the", "de", "del", "le",
        "am", "um", "uhr", "h", "ago", "hours", "hour", "minutes", "minute", "days", "day", "min", "yesterday", "today",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
        "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "st", "nd", "rd", "th",
        "年", "月", "日", "时", "分", "updated at", "by", "read", "mins", "aktualisiert", "veröffentlicht", "actualizado",
        "publicado", "publié", "mis", "à", "jour", "aggiornato", "pubblicato", "atualizado", "ore", "hace", "il", "el",
        "a", "las", "los", "às", "horas", "heures", "stunden", "ist", "ct", "ct.", "et", "pt", "mt", "ht",
    ]
}
