from rasd.ingest.markup import html_to_text


def test_blocks_become_lines_and_entities_are_decoded():
    html = "<div><p>قتل 3&nbsp;جنود</p><p>وأصيب <b>5</b> آخرون<br>في ديالى</p></div>"
    assert html_to_text(html) == "قتل 3 جنود\nوأصيب 5 آخرون\nفي ديالى"


def test_scripts_styles_and_menus_are_dropped():
    html = "<nav>الرئيسية</nav><style>p{}</style><p>اعتقال مطلوبين</p><script>var a = '<p>';</script>"
    assert html_to_text(html) == "اعتقال مطلوبين"


def test_plain_text_is_only_tidied():
    assert html_to_text("  قتل   جنديان \n\n في   درعا ") == "قتل جنديان\nفي درعا"
    assert html_to_text("") == ""
