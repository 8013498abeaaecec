"""Validate the hand-annotated gold corpus and print counts per layer.

Usage: python corpus/check.py [FILE ...]   (default: every corpus/dev/*.jsonl)
Exit status 0 when every record is valid, 1 otherwise.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

LABELS = {"ACTOR", "VERB", "CONDITION"}
CATEGORIES = {
    "tjänsteperson",
    "politiskt organ",
    "förtroendevald",
    "förvaltningsorganisation",
    "extern",
    "organisation",
    "övrig",
}
ROLES = {
    "chief_executive", "assembly", "board", "committee", "chair", "elected", "auditor",
    "manager", "employee", "unit", "organisation", "owner", "external", "other",
}
DEONTICS = {"obligation", "recommendation", "permission", "prohibition", "responsibility", "none"}
TENSES = {"pres", "past", "inf", "sup", "imp", "part"}
VOICES = {"act", "pass"}
KINDS = {"heading", "paragraph", "list_item"}
DOC_IDS = {
    "region-norrbotten", "region-orebro-lan-2023", "generalization", "constructions", "leadins",
    "vd-instruktion", "leadins-general", "cues", "coord", "actors", "leadins2", "subjects2",
    "canon2", "segment2-web", "segment2-blocks", "stmts3", "canon3-bolag", "canon3-kommun",
    "canon3-enheter", "segment3", "verbs3", "w-coord", "w-canon", "w-canon-stad",
    "w-canon-forbund", "w-canon-namnder", "w-canon-ledamoter", "w-segment", "w-v2",
    "w-passive", "w-verbs", "w6-a", "w6-a-lista",
    "w5-seg", "w5-seg-sentences", "w5-coord", "w5-actors", "w5-cues",
    "w6-b", "w6-c", "w7", "w8-b", "w8-c2",
    "w8-c1-vd", "w8-c1-arbetsordning", "w8-c1-agardirektiv", "w8-c1-forbund", "w8-c1-kommun",
    "w8-c1-delegation",
    "w8-a", "w9-c-agardirektiv", "w9-c-vd", "w9-c-arbetsordning", "w9-c-avtal",
    "w9-a-tillsyn", "w9-a-stiftelse", "w9-a-arbetsordning",
    "w9-b", "w10",
    "w11-b",
    "w11-c-samordning", "w11-c-forbund", "w11-c-aland", "w11-c-enheter"}
DOC_IDS |= {"w11-a-forbundsordning", "w11-a-reglemente", "w11-a-samordning", "w11-a-webb"}
DOC_IDS |= {"w12-c-forbund", "w12-c-valfard", "w12-c-bolag"}
DOC_IDS |= {"w12-b"}
DOC_IDS |= {"w12-a-agardirektiv", "w12-a-stadgar", "w12-a-bostadsbolag", "w12-a-protokoll"}
DOC_IDS |= {"regress-h10-stad", "regress-h10-landsting"}
DOC_IDS |= {"regress-r12-forbund"}
DOC_IDS |= {"fix-samt"}
DOC_IDS |= {"fix-nu-c-region", "fix-nu-c-ledning"}
DOC_IDS |= {"fix-r9"}
DOC_IDS |= {"w13-a-relativ", "w13-a-protokoll"}
DOC_IDS |= {"w13-c-forening"}
DOC_IDS |= {"w13-b1"}
DOC_IDS |= {"w13-b2"}
DOC_IDS |= {"seg-levels"}
DOC_IDS |= {"w14-b"}
DOC_IDS |= {"w14-a-arbetsordning", "w14-a-agardirektiv"}
DOC_IDS |= {"w14-c-agardirektiv", "w14-c-forbund"}
DOC_IDS |= {"w15-b"}
DOC_IDS |= {"w15-d"}
DOC_IDS |= {"w15-c-fritid", "w15-c-revision", "w15-c-valnamnd", "w15-c-bolag"}
DOC_IDS |= {"w15-a-reglemente", "w15-a-bolagsordning", "w15-a-delegation", "w15-a-stadgar",
            "w15-a-instruktion", "w15-a-arbetsordning"}
DOC_IDS |= {"w16-b"}


DOC_IDS |= {"w16-c-stiftelse", "w16-c-forening", "w16-c-myndighet", "w16-c-rad", "w16-c-kyrka",
            "w16-c-forbund", "w16-c-bjorkudden"}
DOC_IDS |= {"w16-a-caps-reglemente", "w16-a-caps-stadga", "w16-a-stadgar", "w16-a-instruktion",
            "w16-a-arbetsordning", "w16-a-uppgifter"}
DOC_IDS |= {"fix-r13"}
DOC_IDS |= {"fix-r14"}
DOC_IDS |= {"w17-b"}
DOC_IDS |= {"w17-c-samkommun", "w17-c-val", "w17-c-lonecenter"}
DOC_IDS |= {"w18-c-raddning", "w18-c-forening", "w18-c-bolag", "w18-c-distrikt"}
DOC_IDS |= {"w18-c2-skogsbygd", "w18-c2-samordning", "w18-c2-skidvanner", "w18-c2-stadgar",
            "w18-c2-mall", "w18-c2-riks"}
DOC_IDS |= {"w17-a-bolagsordning", "w17-a-reglemente", "w17-a-vd-instruktion",
            "w17-a-delegationsordning"}
DOC_IDS |= {"fix-nu-a"}
DOC_IDS |= {"fix-nu-b"}
DOC_IDS |= {"w18-a-arvoden", "w18-a-bolag", "w18-a-region", "w18-a-stadgar"}
DOC_IDS |= {"w19-c", "w19-c-arbetsordning"}
DOC_IDS |= {"w20-c", "w20-c-forbund"}
DOC_IDS |= {"w19-a-forbund", "w19-a-valnamnd", "w19-a-forening", "w19-a-bolag", "w19-a-region"}
DOC_IDS |= {"w20-a-kultur", "w20-a-vattenrad", "w20-a-hamn", "w20-a-forening", "w20-a-miljo",
            "w20-a-region", "w20-a-styrelse", "w20-a-stiftelse"}
DOC_IDS |= {"w21-a-verk", "w21-a-bolag", "w21-a-region", "w21-a-forening", "w21-a-kommun"}
DOC_IDS |= {"w22-s-forening", "w22-s-arbetsordning", "w22-s-namnd", "w22-s-listor",
            "w22-s-forbund", "w22-s-bolag", "w22-s-region"}
DOC_IDS |= {"w22-a-forbund", "w22-a-forening", "w22-a-bolag", "w22-a-region", "w22-a-kommun"}
DOC_IDS |= {"w22-c", "w22-c-univ"}
DOC_IDS |= {"w18-b"}
DOC_IDS |= {"w19-b"}
DOC_IDS |= {"w20-b"}
DOC_IDS |= {"w21-c"}
DOC_IDS |= {"w21-b"}
DOC_IDS |= {"w22-b"}
DOC_IDS |= {"w23-a-hyphen", "w23-a-protokoll", "w23-a-region", "w23-a-bolag"}
DOC_IDS |= {"w23-d"}
DOC_IDS |= {"w23-c-region", "w23-c-bolag", "w23-c-forening"}
DOC_IDS |= {"w23-b", "w23-b-kultur", "w23-b-bolag"}
DOC_IDS |= {"w24-a-protokoll", "w24-a-region", "w24-a-bolag", "w24-a-forening"}
DOC_IDS |= {"w24-d"}
DOC_IDS |= {"w24-b"}
DOC_IDS |= {"w24-c-namnd", "w24-c-forbund", "w24-c-bolag", "w24-c-ab"}
DOC_IDS |= {"w25-c", "w25-c-revision", "w25-c-arbetsordning"}
DOC_IDS |= {"w25-d"}
DOC_IDS |= {"w25-e"}
DOC_IDS |= {"w25-b"}
DOC_IDS |= {
    "w26-s2-taxa",
    "w26-s2-agardirektiv",
    "w26-s2-attest",
    "w26-s2-representation",
    "w26-s2-bolagsordning",
    "w26-s2-forbund",
    "w26-s2-memo",
}
DOC_IDS |= {"w26-s1-koncern", "w26-s1-remiss", "w26-s1-betankande", "w26-s1-stadgar", "w26-s1-memo"}
DOC_IDS |= {"w27-s1-valnamnd", "w27-s1-direktion", "w27-s1-skrivelse", "w27-s1-forening"}
DOC_IDS |= {
    "w27-s2-protokoll",
    "w27-s2-skrivelse",
    "w27-s2-kallelse",
    "w27-s2-fs",
    "w27-s2-kap",
    "w27-s2-skal",
    "w27-s2-bilagor",
    "w27-s2-yttrande",
    "w27-s2-kansli",
}
DOC_IDS |= {"w27-c", "w27-c-ks"}
DOC_IDS |= {"w27-b"}
DOC_IDS |= {"w28-fix"}
DOC_IDS |= {"w28-l"}
DOC_IDS |= {"w29-c1"}
DOC_IDS |= {"w29-s-attest", "w29-s-bolag", "w29-s-lista", "w29-s-webb", "w29-s-region", "w29-s-forening"}
DOC_IDS |= {"w29-b1"}
DOC_IDS |= {"w29-c2"}
DOC_IDS |= {"w30-c"}
DOC_IDS |= {"w30-s-budget", "w30-s-avfall", "w30-s-taxa", "w30-s-repr", "w30-s-bisyssla", "w30-s-attest", "w30-s-kris"}
DOC_IDS |= {"w30-b"}
DOC_IDS |= {"w29-b2"}
DOC_IDS |= {"fix31"}
DOC_IDS |= {"fix-nu16"}
DOC_IDS |= {"w32-a", "w32-a-styrelse"}
DOC_IDS |= {"w33-s-forordning", "w33-s-forbund"}
DOC_IDS |= {"w32-b", "w32-b-hogskola", "w32-b-fakultet", "w32-b-sammantraden"}
DOC_IDS |= {"w33-c", "w33-c-plan", "w33-c-tekniska", "w33-c-regler"}
DOC_IDS |= {"w32-s", "w32-s-samverkan", "w32-s-bolag", "w32-s-forening"}
DOC_IDS |= {"w34-c", "w34-c-arbetsordning", "w34-c-delegation"}
DOC_IDS |= {"w34-s-arbetsordning", "w34-s-reglemente"}
DOC_IDS |= {"w34-b"}
DOC_IDS |= {"w33-b", "w33-b-forvaltning", "w33-b-forbund"}
DOC_IDS |= {"w35-s-forordning", "w35-s-arbetsordning", "w35-s-universitet"}
DOC_IDS |= {"w35-c", "w35-c-fjallverket", "w35-c-stiftelse", "w35-c-utsadesnamnden", "w35-c-byggnamnden"}
DOC_IDS |= {"w35-k", "w35-k-forbund", "w35-k-region"}
DOC_IDS |= {"w35-b", "w35-b-valnamnd", "w35-b-stiftelse"}
DOC_IDS |= {"w36-n", "w36-n-vattenvard", "w36-n-delegation", "w36-n-stadgar"}
DOC_IDS |= {"w36-t-arkiv", "w36-t-stadgar", "w36-t-forordning", "w36-t-instruktion"}
DOC_IDS |= {"w36-b"}
DOC_IDS |= {"w36-s-forbund", "w36-s-arkivrad", "w36-s-memo", "w36-s-promemoria"}
DOC_IDS |= {"w36-c"}
DOC_IDS |= {"w36-v"}
DOC_IDS |= {"w37-b"}
DOC_IDS |= {"w37-n", "w37-n-bolag", "w37-n-lansstyrelse", "w37-n-tva-myndigheter", "w37-n-instruktion", "w37-n-falt", "w37-n-block", "w37-n-omsorg", "w37-n-forbund", "w37-n-hogskola"}
DOC_IDS |= {"w37-l", "w37-l-namnder"}
DOC_IDS |= {"w37-c"}
DOC_IDS |= {"w37-x"}
DOC_IDS |= {"w38-m", "w38-m-bolag", "w38-m-stiftelse", "w38-m-instruktion"}
DOC_IDS |= {"w38-s", "w38-s-pm", "w38-s-forslag", "w38-s-falt", "w38-s-sfs", "w38-s-stadgar"}
DOC_IDS |= {"w38-e", "w38-e-falt"}
DOC_IDS |= {"w38-v"}
DOC_IDS |= {"w38-i", "w38-i-s"}
DOC_IDS |= {"w38-k"}
DOC_IDS |= {"w39-c", "w39-c-arvode", "w39-c-rad"}
DOC_IDS |= {"w39-u", "w39-u-arbetsordning"}
DOC_IDS |= {"w39-b", "w39-b-s"}
DOC_IDS |= {"w39-k"}
DOC_IDS |= {"w39-v-stiftelse", "w39-v-gille", "w39-v-tullvarden", "w39-v-kustbevakning", "w39-v-andring"}
DOC_IDS |= {"w40-r-fond", "w40-r-forening", "w40-r-brandforbund", "w40-r-ljungholmen"}
DOC_IDS |= {"w40-r-raddning", "w40-r-skidklubb"}
DOC_IDS |= {"w40-y-skog", "w40-y-hamn", "w40-y-ekbo", "w40-y-forbund", "w40-y-norrvik"}
DOC_IDS |= {"w40-y-styrelse", "w40-y-ramen"}
DOC_IDS |= {"w40-a", "w40-a-fragor", "w40-a-ansvar"}
DOC_IDS |= {"w40-s", "w40-s-rad", "w40-s-val", "w40-s-kultur", "w40-s-taxa", "w40-s-bisyssla", "w40-s-klubb", "w40-s-forbund", "w40-s-fritid"}
DOC_IDS |= {"w40-x1", "w40-x1-bolag", "w40-x1-forening"}
DOC_IDS |= {"w41-s", "w41-s-sjovatten", "w41-s-fjarrvarme", "w41-s-skoltrafik", "w41-s-ansokan",
            "w41-s-vastby", "w41-s-seniorrad", "w41-s-hamnbolag", "w41-s-presidium",
            "w41-s-teknik"}
DOC_IDS |= {"w41-v", "w41-v-hamn", "w41-v-fond", "w41-v-taxa", "w41-v-tryck"}
DOC_IDS |= {"w41-h", "w41-h-regler", "w41-h-beredskap", "w41-h-tillsyn", "w41-h-fullmakt"}
DOC_IDS |= {"w41-h-kansli", "w41-h-sommar", "w41-h-personal", "w41-h-simhall", "w41-h-bilagor"}
DOC_IDS |= {"w41-h-valnamnd", "w41-h-farja"}
DOC_IDS |= {"w41-g", "w41-g-ekbacken", "w41-g-vattenlag", "w41-g-tolk"}
DOC_IDS |= {"w41-b-samverkan", "w41-b-namnd", "w41-b-tolk", "w41-b-s"}
DOC_IDS |= {"w41-a", "w41-a-ansvar"}
DOC_IDS |= {"w41-w", "w41-w-norrbyn", "w41-w-ekan", "w41-w-embetet", "w41-w-konst"}
DOC_IDS |= {"w41-k", "w41-k-bolag", "w41-k-vatten", "w41-k-ekonomi", "w41-k-memo",
            "w41-k-tillsyn", "w41-k-energi", "w41-k-elnat"}
DOC_IDS |= {"w41-z", "w41-z-miljo", "w41-z-bisyssla"}
DOC_IDS |= {"w42-g", "w42-g-hembygd", "w42-g-roddklubb", "w42-g-fackklubb", "w42-g-kulturnamnd",
            "w42-g-stadgar", "w42-g-revision",
            "w42-g-vandring"}
DOC_IDS |= {"w42-v", "w42-v-bostad", "w42-v-fritid", "w42-v-ekonomi", "w42-v-kultur",
            "w42-v-inkop", "w42-v-kanot", "w42-v-segling"}
DOC_IDS |= {"w42-s", "w42-s-kultur", "w42-s-fritid", "w42-s-agarpolicy", "w42-s-upphandling",
            "w42-s-ovriga", "w42-s-stiftelse", "w42-s-visning",
            "w42-s-stipendier"}
DOC_IDS |= {"w42-a", "w42-a-kyrkorad", "w42-a-kyrkofm", "w42-a-forbund2", "w42-a-forbundsfm",
            "w42-a-kulturrad"}
DOC_IDS |= {"w42-b", "w42-b-ridklubb", "w42-b-hyresgast", "w42-b-idrott", "w42-b-kommunal"}
DOC_IDS |= {"w42-n", "w42-n-minnesfond", "w42-n-bygdegard", "w42-n-kommunstyrelse"}
DOC_IDS |= {"w42-c", "w42-c-delegering"}
DOC_IDS |= {"w43-p", "w43-p-hallvik", "w43-p-eksund", "w43-p-norrvalla", "w43-p-kustbygden"}
DOC_IDS |= {"w44-p", "w44-p-fjardby", "w44-p-hedemo", "w44-p-lervik", "w44-p-norran"}
DOC_IDS |= {"w45-l", "w45-l-kulturrad", "w45-l-vagnamnd"}
DOC_IDS |= {"w44-f", "w44-f-tallnas", "w44-f-sandvik"}
DOC_IDS |= {"w44-r-tallby", "w44-r-granvik"}
DOC_IDS |= {"w44-a", "w44-a-sorby", "w44-a-teknik", "w44-a-park", "w44-a-ansvar",
            "w44-a-idrott"}
DOC_IDS |= {"w43-g", "w43-g-solvik", "w43-g-skarvik", "w43-g-dalby", "w43-g-vasterby",
            "w43-g-ekbacka"}
DOC_IDS |= {"w43-q", "w43-q-uppgifter"}
DOC_IDS |= {"w43-v", "w43-v-minnesfond", "w43-v-hogskola", "w43-v-lagrum", "w43-v-kommun",
            "w43-v-gasthamn"}
DOC_IDS |= {"w43-a", "w43-a-hembygd", "w43-a-idrott", "w43-a-styrelse", "w43-a-bygg",
            "w43-a-kultur"}
DOC_IDS |= {"w43-s", "w43-s-skytte", "w43-s-valnamnd", "w43-s-hyra", "w43-s-skidklubb"}
DOC_IDS |= {"w43-b", "w43-b-utskott", "w43-b-granskning", "w43-b-arbetsutskott"}
DOC_IDS |= {"w43-t", "w43-t-gille"}
DOC_IDS |= {"w44-n-tryck"}
DOC_IDS |= {"w43-w", "w43-w-stadgar", "w43-w-bygdegard", "w43-w-fritid", "w43-w-webbplats",
            "w43-w-tabell"}
DOC_IDS |= {"w44-h", "w44-h-granbacken", "w44-h-fritid", "w44-h-museum", "w44-h-byalag",
            "w44-h-energi", "w44-h-vatten", "w44-h-gator", "w44-h-klubb"}
DOC_IDS |= {"w44-l", "w44-l-bygdegard", "w44-l-hamn", "w44-l-plan"}
DOC_IDS |= {"w44-o", "w44-o-tallmo"}
DOC_IDS |= {"w44-s", "w44-s-vindkraft", "w44-s-fiskeklubb", "w44-s-valnamnd", "w44-s-fiber",
            "w44-s-arvoden", "w44-s-fibernat", "w44-s-kraft", "w44-s-varme",
            "w44-s-tillsyn"}
DOC_IDS |= {"w44-z", "w44-z-omsorg", "w44-z-kommundirektor", "w44-z-energi", "w44-z-forbund"}
DOC_IDS |= {"w45-y", "w45-y-vd", "w45-y-delegation", "w45-y-reglemente",
            "w45-y-arbetsordning"}
DOC_IDS |= {"w45-x", "w45-x-stadsdirektor", "w45-x-styrelse", "w45-x-riksforbund",
            "w45-x-gemensam", "w45-x-delegation"}
DOC_IDS |= {"w46-y", "w46-y-reglemente", "w46-y-delegation", "w46-y-instruktion",
            "w46-y-arbetsordning"}
DOC_IDS |= {"w46-x", "w46-x-avfall", "w46-x-samordning", "w46-x-studentkar", "w46-x-energi",
            "w46-x-region"}
DOC_IDS |= {"w44-m", "w44-m-resor", "w44-m-hembygd", "w44-m-reglementen", "w44-m-torg",
            "w44-m-styrelse"}
DOC_IDS |= {"w44-k", "w44-k-hallby", "w44-k-valnamnd"}
DOC_IDS |= {"w45-s", "w45-s-fritid", "w45-s-ungdom", "w45-s-kultur", "w45-s-idrott",
            "w45-s-simhall", "w45-s-bibliotek", "w45-s-miljo", "w45-s-tillsyn"}
DOC_IDS |= {"w44-g", "w44-g-direktion", "w44-g-raddning", "w44-g-strandskydd",
            "w44-g-vagforening", "w44-g-anslutning"}
DOC_IDS |= {"w45-n", "w45-n-stadsdirektor", "w45-n-webbsida", "w45-n-delegation"}
DOC_IDS |= {"w45-a", "w45-a-idrott"}
DOC_IDS |= {"w45-w", "w45-w-wordtext", "w45-w-celltabell", "w45-w-pdflager", "w45-w-markdown"}
DOC_IDS |= {"w45-b", "w45-b-norrljus", "w45-b-nordkraft", "w45-b-ekvik", "w45-b-vbf",
            "w45-b-studentkar", "w45-b-parti", "w45-b-timmer", "w45-b-kultur",
            "w45-b-strandby"}
DOC_IDS |= {"w46-yfix", "w46-yfix-kultur", "w46-yfix-chef", "w46-yfix-gemensam", "w46-yfix-webb"}
DOC_IDS |= {"w46-n", "w46-n-nyckel", "w46-n-kortform", "w46-n-arbetsordning", "w46-n-wiki"}
DOC_IDS |= {"w46-a", "w46-a-regionforbund", "w46-a-arbetsordning", "w46-a-revision",
            "w46-a-lonenamnd"}
DOC_IDS |= {"w46-s", "w46-s-lonenamnd", "w46-s-avgifter", "w46-s-delegering",
            "w46-s-individ", "w46-s-direktion"}
DOC_IDS |= {"w46-t", "w46-t-samling", "w46-t-teknik", "w46-t-webb", "w46-t-prosa"}
DOC_IDS |= {"w46-g", "w46-g-reglemente", "w46-g-bolagsordning"}
DOC_IDS |= {"w46-k", "w46-k-fritid", "w46-k-arbetsordning"}
DOC_IDS |= {"w46-h", "w46-h-falt", "w46-h-ansvar"}
DOC_IDS |= {"w47-x", "w47-x-skidsallskap", "w47-x-fritidsnamnd", "w47-x-energibolag",
            "w47-x-hogskolestyrelse", "w47-x-vaforbund"}
DOC_IDS |= {"w47-b", "w47-b-kommuner", "w47-b-ekdala", "w47-b-samordning", "w47-b-medlemmar",
            "w47-b-medlem", "w47-b-dubbelnamn"}
DOC_IDS |= {"w47-a", "w47-a-teknolog", "w47-a-kar", "w47-a-karnegativ", "w47-a-sektion",
            "w47-a-bolag", "w47-a-kongress", "w47-a-fullmaktige"}
DOC_IDS |= {"w47-n", "w47-n-stamma", "w47-n-webb"}
DOC_IDS |= {"w47-f", "w47-f-fritid"}
DOC_IDS |= {"w47-s", "w47-s-batklubb", "w47-s-hembygd", "w47-s-ungdomsrad", "w47-s-delegation",
            "w47-s-skidklubb", "w47-s-ledning", "w47-s-friluft", "w47-s-samfallighet",
            "w47-s-golfklubb", "w47-s-seglarna"}
DOC_IDS |= {"w47-y-orientering", "w47-y-forsamling", "w47-y-partiforening",
            "w47-y-arkivforbund", "w47-y-brf", "w47-y-samordning"}
DOC_IDS |= {"w48-a-viltvard", "w48-a-samfallighet", "w48-a-hembygd", "w48-a-idrott"}
DOC_IDS |= {"w48-u-skytte", "w48-u-kammarkor"}
DOC_IDS |= {"w47-v", "w47-v-bygg"}
DOC_IDS |= {"w47-r", "w47-r-webb", "w47-r-kakor"}
DOC_IDS |= {"w48-z-kommundirektor", "w48-z-vdinstruktion", "w48-z-reglemente",
            "w48-z-delegation", "w48-z-agardirektiv"}
DOC_IDS |= {"w48-y-golfklubb", "w48-y-studentkar", "w48-y-fackavdelning", "w48-y-stiftelse",
            "w48-y-hembygd", "w48-y-frikyrka"}
DOC_IDS |= {"w48-n", "w48-n-vd", "w48-n-kansli", "w48-n-bygglov", "w48-n-forbund"}
DOC_IDS |= {"w48-c", "w48-c-klubb", "w48-c-kor", "w48-c-gille", "w48-c-kommun",
            "w48-c-skidklubb", "w48-c-sekreterare"}
DOC_IDS |= {f"w48-q-{name}" for name in ("ridklubb", "schack", "foto", "orientering", "tra",
                                         "skyddat", "bridge", "sallskap", "skidklubb",
                                         "fiskeklubb")}
DOC_IDS |= {"w48-q2-segel"}
DOC_IDS |= {"w49-x-kommundirektor", "w49-x-vdinstruktion", "w49-x-reglemente",
            "w49-x-delegation", "w49-x-arbetsordning"}
DOC_IDS |= {"w49-y-namnder", "w49-y-regionstyrelse", "w49-y-forbundsordning",
            "w49-y-idrottsdistrikt", "w49-y-studentkar", "w49-y-brf"}
DOC_IDS |= {f"w49-b1-{name}" for name in ("fond", "batklubb", "brf", "stiftelse", "landskap",
                                          "nation", "parti", "kar", "negativ")}
DOC_IDS |= {"w49-r1"}
DOC_IDS |= {"w49-r2", "w49-r2-lovby", "w49-r2-asby"}
DOC_IDS |= {"w49-nu1-simhall", "w49-nu1-forts"}
DOC_IDS |= {"w49-b2", "w49-b2-webb", "w49-b2-stadgar"}
DOC_IDS |= {"w49-r3-rodsjo", "w49-r3-ekholma"}
DOC_IDS |= {"w49-n"}
DOC_IDS |= {"w49-b3"}
DOC_IDS |= {"w49-z2-tillsyn", "w49-z2-seglare", "w49-z2-samfund"}
DOC_IDS |= {"w49-z1"}
DOC_IDS |= {"w49-c9-fritid", "w49-c9-torg", "w49-c9-ombud"}
DOC_IDS |= {"w49-o", "w49-o-attest"}
DOC_IDS |= {"w49-rr", "w49-rr-fritid", "w49-rr-hr", "w49-rr-ungdom", "w49-rr-forbund"}
DOC_IDS |= {"w49-pp", "w49-pp-stadgar"}
DOC_IDS |= {"w50-n-fjallvakten", "w50-n-utskott", "w50-n-landsting", "w50-n-delegation"}
DOC_IDS |= {"w50-a-c2-1", "w50-a-c2-2", "w50-a-c2-3", "w50-a-c2-4", "w50-a-c2-5", "w50-a-c2-n1",
            "w50-a-c2-n2", "w50-a-g4-1", "w50-a-g4-2", "w50-a-g4-3", "w50-a-g4-4", "w50-a-g4-n1",
            "w50-a-g4-n2", "w50-a-g5-1", "w50-a-g5-2", "w50-a-g5-3", "w50-a-g5-4", "w50-a-g5-n1",
            "w50-a-g5-n2"}
DOC_IDS |= {"w50-l-agarpolicy", "w50-l-namndsida", "w50-l-radsida"}
DOC_IDS |= {f"w50-y-{name}" for name in ("delegation", "vdinstruktion", "arbetsordning",
                                          "beslutsordning", "skidklubb", "kommundirektor")}
DOC_IDS |= {f"w50-nu-{name}" for name in ("cell-1", "cell-2", "cell-n1", "forv-1", "forv-2",
                                           "forv-n1", "maj-1", "maj-2", "maj-n1", "org-1", "org-2",
                                           "org-n1")}
DOC_IDS |= {"w50-c", "w50-c-direktor", "w50-c-forening"}
DOC_IDS |= {"w50-v-styrning"}
DOC_IDS |= {"w50-w-styrelse", "w50-w-valnamnd", "w50-w-bidrag"}
DOC_IDS |= {"w50-b-batklubb", "w50-b-samrad"}
DOC_IDS |= {"w50-g-forbund"}
DOC_IDS |= {"w50-s-delegation", "w50-s-arbetsordning", "w50-s-ungdom"}
DOC_IDS |= {"w50-p-delegation", "w50-p-stadgar", "w50-p-region"}
DOC_IDS |= {"w50-p2-socialnamnd", "w50-p2-byggnadsnamnd", "w50-p2-gymnasieforbund", "w50-p2-kultur"}
DOC_IDS |= {"w50-z-kommunstyrelse", "w50-z-delegation", "w50-z-ledning", "w50-z-forbund",
            "w50-z-stadgar"}
DOC_IDS |= {f"w50-nv-{name}" for name in ("etikett-1", "etikett-2", "etikett-3", "etikett-4",
                                           "etikett-n1",
                                           "etikett-n2", "minst-1", "minst-2", "minst-n1",
                                           "kassa", "sekreterare")}
DOC_IDS |= {f"w51-b-{name}" for name in ("fm1", "fm2", "period", "lista", "fm-n1", "l-ber1", "l-ber-n1",
                                          "l-barn1", "l-barn-n1", "l-pers1", "x3-1", "x3-2",
                                          "x3-n1", "a3-1", "a3-2", "a3-n1", "y3-1", "y3-2",
                                          "y3-n1")}
DOC_IDS |= {f"w51-a-{name}" for name in ("c-forbud", "c-ekonomichef", "c-neg-bidrag",
                                          "c6-projektgrupp", "c6-sitter", "c6-neg",
                                          "c5-ersattare", "c5-neg", "c8-styrelse",
                                          "c8-direktion", "c4-forbund", "c4-stiftelse",
                                          "c4-kommun", "c4-verksamhet", "c6-bestar",
                                          "c4-neg")}
DOC_IDS |= {"w51-c-forbund", "w51-c-reglemente"}
DOC_IDS |= {f"w51-e-{name}" for name in ("x1-1", "x1-2", "x1-3", "x1-n1", "q-1", "q-2", "q-3",
                                          "q-4", "c4-1", "c4-2", "c7-1", "c7-n1", "f-1", "f-2", "f-n1", "c6-1",
                                          "c6-2", "c6-n1", "x2-1", "x2-2")}
DOC_IDS |= {f"w51-d-{name}" for name in ("arbetsordning", "styrelse", "rad", "forbund", "bolag",
                                         "delegation", "sida")}
DOC_IDS |= {f"w51-f-{name}" for name in ("delegation", "insynsrad", "kulturnamnd",
                                        "arbetsordning")}
DOC_IDS |= {f"w51-h-{name}" for name in ("teknisk", "ungdomsrad", "tva-namnder", "radsnamn",
                                        "trygghet", "funktionsratt", "bridge", "bolag")}
DOC_IDS |= {f"w51-j-{name}" for name in ("hembygd", "odlare", "g-1", "g-2", "g-n1", "c6-1",
                                         "c6-2", "c6-n1", "p6-1", "p6-2", "p6-3", "p6-n1")}
DOC_IDS |= {f"w51-i-{name}" for name in (
    "c2-1", "c2-2", "c2-3", "c2-n1", "p5-1", "p5-2", "p5-3", "p5-n1", "b-1", "b-2", "b-3", "b-n1", "p4-1",
    "p4-2", "p4-n1", "c8-1", "c8-2", "c8-n1", "h-1", "h-2", "h-n1", "c5-1", "c5-2", "c5-n1")}
DOC_IDS |= {f"w51-g-{name}" for name in ("c4-1", "c4-2", "c4-3", "c4-4", "c4-n1", "c3-1", "c3-2", "c3-4",
                                        "c3-3", "c3-n1", "c-1", "c-2", "c-n1", "d-1", "d-2",
                                        "d-n1", "k1-1", "k1-2", "k1-n1", "k1-n2", "k1-n3")}
DOC_IDS |= {f"w51-k-{name}" for name in ("forbund", "memo", "remiss")}
DOC_IDS |= {f"w51-nv-{name}" for name in ("delegation", "stadga")}
DOC_IDS |= {f"w51-m-{name}" for name in ("lodnamnd", "byggnamnd", "verk", "bygdeforening",
                                         "nyhet")}
DOC_IDS |= {"w51-nu-socialnamnd", "w51-nu-pensionarsrad"}
DOC_IDS |= {"w51-n-stadgar"}
DOC_IDS |= {f"w51-l-{name}" for name in ("a1", "a2", "a3", "a4", "a-n1", "b1", "b2", "b3", "b-n1", "e1", "e2",
                                        "e-n1", "g1", "g2", "g-n1")}
DOC_IDS |= {"w51-nw-arkiv"}
DOC_IDS |= {f"w51-o-{name}" for name in ("idrott", "fond", "minnesfond", "stiftelse", "samverkan",
                                        "kar", "skolfond")}
DOC_IDS |= {f"w51-nx-{name}" for name in ("d-1", "d-2", "d-3", "dn-1", "dn-2", "h-1", "h-2", "h-3",
                                         "h-4", "hn-1", "hn-2", "hn-3")}
DOC_IDS |= {f"w51-y-{name}" for name in ("revision", "agardirektiv", "attest", "krisledning",
                                         "instruktion", "stadgar")}
DOC_IDS |= {"w51-z-forbundsordning", "w51-z-insynsrad", "w51-z-stadsfullmaktige",
            "w51-z-delegation", "w51-z-vdinstruktion"}
DOC_IDS |= {f"w52-b-{name}" for name in (
    "c2-tillsyn", "c2-ungdomsrad", "c3-rad", "c5-forbund", "c5-kansli", "c5-region", "c5-sociala", "c6-kultur",
    "c6-raddning", "p1-elva", "p1-fjorton", "p1-neg-ganger", "p1-neg-ledamoter", "p1-nitton",
    "p1-tretton", "p4-bygg", "p4-miljo", "p4-namnd", "p4-neg", "p4-utskott")}
DOC_IDS |= {f"w52-e-{name}" for name in ("s2-1", "s2-2", "s2-3", "s2-4", "s2-n1", "s2-n2", "s3-1",
                                        "s3-2", "s3-3", "s3-4", "s3-n1", "p6-1", "p6-2", "p6-3",
                                        "p6-n1", "c3-1", "c3-2", "c3-3", "c3-n1", "c3-n2")}
DOC_IDS |= {f"w52-a-{name}" for name in ("radsida", "trygghetsgrupp", "neg-stadgar", "forbund",
                                         "sida-forbund", "sida-namnd", "samfallighet",
                                         "forordning")}
DOC_IDS |= {"w52-c-reglemente"}
DOC_IDS |= {f"w52-y-{name}" for name in ("kommundirektor", "stadsdirektor", "arbetsordning",
                                         "vdinstruktion", "reglemente", "delegation")}
DOC_IDS |= {"w52-d-arbetsordning", "w52-d-delegation"}
DOC_IDS |= {f"w52-f-{name}" for name in ("c3-1", "c3-2", "c3-3", "c3-4", "c3-n1", "p5-1", "p5-2",
                                        "p5-3", "p5-n1", "s4-1", "s4-2", "s4-n1", "c2-1", "c2-2",
                                        "c2-3", "c2-n1")}
DOC_IDS |= {f"w52-z-{name}" for name in ("pensionarsrad", "forbundsordning", "kommunledning",
                                         "bolagsordning", "forordning")}
DOC_IDS |= {f"w52-j-{name}" for name in ("hamn", "kultur", "foreskrift", "arkiv", "enhet",
                                         "stiftelse")}
DOC_IDS |= {f"w52-h-{name}" for name in ("bolag", "h1-1", "h1-2", "h2-1", "h2-2", "h2-n1", "p2-1",
                                        "p2-2", "p2-n1", "p3-1", "p3-2", "p3-3", "p3-4", "p3-n1",
                                        "p3-n2", "s7-1", "s7-2", "s7-n1")}
DOC_IDS |= {f"w52-g-{name}" for name in ("forvaltningar", "socialforvaltning", "bolag",
                                         "delegation", "tva-namnder", "sammantraden")}
DOC_IDS |= {f"w52-nu-{name}" for name in ("u1-1", "u1-2", "u1-3", "u1-4", "u1-n1", "u1-n2",
                                          "f1-1", "f1-2", "arkiv")}
DOC_IDS |= {f"w52-i-{name}" for name in ("batklubb", "seniorrad", "forening", "fakultet",
                                         "fritidsnamnd", "agarpolicy", "tillsyn")}
DOC_IDS |= {f"w52-m-{name}" for name in ("riktlinjer", "revision", "social", "forbund",
                                         "skrivelse", "stadgar")}
DOC_IDS |= {f"w52-l-{name}" for name in ("kustsakerhet", "dels-rader", "dels-stycke",
                                         "stadgar")}
DOC_IDS |= {f"w52-k-{name}" for name in ("stamp", "neg-beslut", "grupper", "liksom", "sih")}
DOC_IDS |= {f"w53-c-{name}" for name in ("dotterbolag", "stiftelser", "utskott", "forvaltningar",
                                         "vice", "bolag", "personal", "rad", "centrum",
                                         "organ")}
DOC_IDS |= {f"w53-a-{name}" for name in ("beslut", "namnd", "etiketter", "neg")}
DOC_IDS |= {"w53-d-verksamhet", "w53-d-reglemente"}
DOC_IDS |= {f"w53-y-{name}" for name in ("regiondirektor", "kommunchef", "delegationsordning",
                                         "vdinstruktion", "arbetsordning", "agardirektiv")}
DOC_IDS |= {f"w53-e-{name}" for name in (
    "enheter", "g4-1", "g4-2", "g4-3", "g4-n1", "p1-1", "p1-2", "p1-3", "p1-n1", "p1-n2",
    "p1-n3", "p12-1", "p12-2", "p12-n1", "p14-1", "p14-2", "p14-n1", "p6-1", "p6-2", "p6-3",
    "p6-n1",
)}
DOC_IDS |= {"w53-b-vattenforbund", "w53-b-hamnbolag"}
DOC_IDS |= {f"w53-z-{name}" for name in ("organisation", "kfbeslut", "forbundsordning", "byggnamnd",
                                         "delegering")}
DOC_IDS |= {"w53-nu-instruktion"}
DOC_IDS |= {f"w53-nu2-{name}" for name in ("f2-1", "f2-n", "f10-1", "f10-2", "f10-n", "f3-1",
                                            "f3-n", "f11-1", "f12-1", "f12-2", "f4-1", "f6-1",
                                            "f13-1", "f14-1", "f5-1", "lista")}
DOC_IDS |= {f"w53-f-{name}" for name in (
    "g1-copula", "g1-neg", "g1-rubrik", "g2-1", "g2-2", "p13-1", "p13-n1", "p13-n2", "r-1",
    "r-10", "r-11", "r-12", "r-13", "r-14", "r-15", "r-2", "r-3", "r-4", "r-5", "r-6", "r-7",
    "r-8", "r-9", "r-n1", "r-n2", "r-n3", "r-n4", "r-n5", "r-n6", "r-n7", "r-n8",
)}
DOC_IDS |= {f"w53-h-{name}" for name in ("former", "bolag", "koncern", "reglemente",
                                         "arbetsordning")}
DOC_IDS |= {"w53-g-forbund", "w53-g-stamma", "w53-g-viewer"}
DOC_IDS |= {"w53-i-koncern", "w53-i-instruktion"}
DOC_IDS |= {f"w54-c-{name}" for name in ("krisgrupp", "kontor", "rektorsgrupp", "rad", "arbetsgrupper", "partier",
                                        "val", "namn", "namn2", "koncern")}
DOC_IDS |= {f"w54-a-{name}" for name in ("varmebolag", "bostadsbolag", "hamnbolag", "hemtjanst",
                                         "nyheter", "fastighetsbolag")}
DOC_IDS |= {"w54-b-hamn", "w54-b-fiber", "w54-b-fond", "w54-b-hembygd", "w54-b-varme"}
DOC_IDS |= {f"w54-y-{name}" for name in ("kommundirektor", "stadsdirektor", "delegationsordning",
                                         "arbetsordning", "reglemente", "forbundsordning")}
DOC_IDS |= {f"w54-f-{name}" for name in (
    "d-1", "d-2", "d-3", "d-4", "d-5", "d-6", "d-n1", "d-n2", "g-1", "g-2", "g-3", "g-n1",
    "h-1", "h-2", "h-3", "h-n1", "j-1", "j-2", "j-3", "j-n1", "j-n2", "r-1", "r-2", "r-3",
    "r-n1",
)}
DOC_IDS |= {f"w54-d-{name}" for name in ("identifikation", "attribut", "relativ", "namn",
                                         "fraga")}
DOC_IDS |= {f"w54-e-{name}" for name in (
    "cleft-1", "cleft-2", "cleft-3", "cleft-4", "cleft-5", "cleft-n1", "con-1", "con-2",
    "con-3", "con-4", "dvs-1", "dvs-2", "dvs-3", "dvs-4", "dvs-5", "kansli", "komma-1",
    "komma-2", "komma-3", "komma-4", "komma-n1", "sup-1", "sup-2", "sup-3", "sup-4", "sup-n1",
    "sup-n2", "v2-1", "v2-2", "v2-3", "v2-4", "v2-n1",
)}
DOC_IDS |= {f"w54-g-{name}" for name in (
    "au-1", "au-2", "au-3", "au-4", "au-5", "au-n1", "cl-1", "cl-2", "cl-3", "cl-n1", "cl-n2",
    "co-1", "co-2", "co-3", "co-4", "co-5", "co-6", "co-n1", "co-n2", "co-n3", "rel-1",
    "rel-2", "rel-3", "rel-4", "rel-5", "rel-6", "rel-n1", "rel-n2", "rel-n3", "vatten",
)}
DOC_IDS |= {f"w54-k-{name}" for name in ("huvudsats", "relativ")}
DOC_IDS |= {f"w54-j-{name}" for name in (
    "fjall", "kust", "bygd", "hembygd", "n1-n1", "n1-n2", "n2-1", "n2-2", "n2-3", "n2-4",
    "n2-n1", "n2-n2", "n4-1", "n4-2", "n4-3", "n4-n1", "n4-n2", "i-1", "i-2", "i-3",
)}
DOC_IDS |= {f"w54-i-{name}" for name in (
    "inv-1", "inv-2", "inv-3", "inv-4", "inv-n1", "inv-n2", "kort", "kort2", "parti-1",
    "parti-2", "parti-3", "parti-n1", "rubrik",
)}
DOC_IDS |= {f"w54-h-{name}" for name in (
    "genitiv", "relativ", "parti", "enheter", "kansli", "kontor", "ledning", "styrgrupp", "ansvar",
)}
DOC_IDS |= {f"w55-b-{name}" for name in (
    "gap", "inf", "rel", "men", "prefield", "datum", "serie",
)}
DOC_IDS |= {f"w55-a-{name}" for name in (
    "skola", "miljo", "lankar", "omsorg", "sektioner", "bidrag",
)}
DOC_IDS |= {f"w55-e-{name}" for name in (
    "samt-1", "samt-2", "samt-3", "samt-4", "samt-5", "samt-n1", "samt-n2", "app-1", "app-2",
    "app-3", "app-4", "app-5", "app-n3", "app-n1", "app-n2", "pred-1", "pred-2", "pred-3",
    "pred-4", "pred-n1", "pred-n2", "gen-1", "gen-2", "gen-3", "gen-4", "gen-n1",
)}
DOC_IDS |= {f"w55-d-{name}" for name in ("relativ", "citat", "formaga")}
DOC_IDS |= {f"w55-c-{name}" for name in (
    "varden", "koalition", "agent", "kultur", "bygg", "vard", "stod", "nordvatten",
    "miljoren", "brandvast", "ekoplan", "politisk", "gemensam",
)}
DOC_IDS |= {f"w55-y-{name}" for name in ("kommunchef", "vdinstruktion", "delegationsordning",
                                         "reglemente", "agardirektiv", "attestreglemente")}
DOC_IDS |= {f"w55-z-{name}" for name in ("sastyrs", "bostader", "namnd", "delegation", "nyhet",
                                         "forbund")}
DOC_IDS |= {f"w55-k-{name}" for name in (
    "rel-1", "rel-2", "rel-3", "rel-4", "rel-5", "rel-n1", "tal-1", "tal-2", "tal-3", "tal-4",
    "tal-n1", "tal-n2", "roll-1", "roll-2", "roll-3", "roll-4", "roll-n1", "allians-1",
    "allians-2", "allians-3", "allians-4",
)}
DOC_IDS |= {f"w55-j-{name}" for name in (
    "rel-1", "rel-2", "rel-3", "rel-4", "rel-n1", "men-1", "men-2", "men-3", "men-n1", "agent-1",
    "agent-2", "agent-3", "agent-n1", "komma-1", "komma-2", "komma-3", "komma-n1", "akronym-1",
    "akronym-2", "akronym-3", "akronym-n1",
)}
DOC_IDS |= {f"w55-f-{name}" for name in (
    "det-1", "det-2", "det-3", "det-4", "det-5", "det-n1", "det-n2", "det-n3", "adv-1", "adv-2",
    "adv-3", "adv-4", "adv-5", "adv-n1", "sub-1", "sub-2", "sub-3", "kort-1", "kort-2", "kort-3",
    "ser-1", "ser-2", "ser-3", "ser-n1", "som-1", "som-2", "som-n1",
)}
DOC_IDS |= {f"w55-i-{name}" for name in (
    "rel-1", "rel-2", "rel-3", "rel-4", "rel-n1", "rel-n2", "pres-1", "pres-2", "pres-3",
    "pres-4", "pres-n1", "samt-1", "samt-2", "samt-3", "samt-4", "samt-n1", "av-1", "av-2",
    "av-3", "av-n1", "inf-1", "inf-2", "inf-3", "inf-n1", "prt-1", "prt-2", "prt-3", "prt-4",
)}
DOC_IDS |= {f"w55-h-{name}" for name in ("valnamnd", "gata", "park", "nyhet")}
DOC_IDS |= {f"w55-g-{number}" for number in range(1, 35)}
DOC_IDS |= {f"w56-a-{name}" for name in ("organisation", "namnd", "bolag", "kultur", "identitet")}
DOC_IDS |= {f"w56-b-{name}" for name in (
    "granskare-1", "revisor-1", "revisor-n1", "nar-1", "nar-2", "nar-3", "nar-4", "nar-5",
    "nar-6", "nar-n1", "serie-1", "serie-2", "serie-3", "serie-4", "serie-n1", "roll-1",
    "roll-2", "roll-3", "roll-n1", "klyv-1", "klyv-2", "klyv-3", "klyv-n1", "klyv-n2",
    "lamnare-1", "lamnare-2", "lamnare-3", "lamnare-n1", "parti-1", "parti-2", "enheter",
)}
DOC_IDS |= {f"w56-c-{name}" for name in (
    "bolag-1", "bolag-2", "bolag-3", "bolag-4", "bolag-n1", "bolag-n2", "upd-1", "upd-2", "upd-3",
    "upd-n1", "cut-1", "cut-2", "cut-3", "cut-n1", "cut-n2", "agent-1", "agent-2", "agent-3",
    "agent-n1", "cond-1", "cond-2", "cond-3", "cond-n1",
)}
DOC_IDS |= {f"w56-d-{name}" for name in (
    "uppdrag-1", "uppdrag-2", "uppdrag-3", "uppdrag-4", "uppdrag-n1", "datum-1", "datum-2",
    "datum-3", "datum-4", "datum-5", "datum-n1", "sedan-1", "sedan-2", "sedan-3", "sedan-4",
    "sedan-n1", "sedan-n2", "var-1", "var-2", "var-3", "var-4", "var-5", "ratt-1", "ratt-2",
    "ratt-3", "ratt-4", "ratt-n1", "ratt-n2",
)}
DOC_IDS |= {f"w56-z-{name}" for name in ("regionnamnder", "partistod", "stadsledningskontor",
                                         "agardirektiv", "arbetsordning", "rolleransvar")}
DOC_IDS |= {f"w56-e-{name}" for name in (
    "v2-1", "v2-2", "v2-3", "v2-4", "v2-5", "v2-n1", "v2-n2", "cond-1", "cond-2", "cond-3",
    "cond-4", "cond-n1", "doc-1", "doc-2", "doc-3", "doc-n1", "link-1", "link-2", "link-3",
    "alias-1", "alias-2", "alias-3", "alias-n1",
)}
DOC_IDS |= {f"w56-g-{name}" for name in (
    "rad-1", "rad-2", "rad-3", "rad-n1", "rad-n2", "parti-1", "parti-2", "parti-3", "parti-4", "parti-5",
    "parti-6", "parti-n1", "parti-n2", "ratt-1", "ratt-2", "ratt-n1",
)}
DOC_IDS |= {f"w56-f-{name}" for name in ("organisation", "kultur", "bolag")}
DOC_IDS |= {f"w56-y-{name}" for name in ("kommunstyrelsen", "kommundirektor", "ledning",
                                         "samverkansavtal", "vdinstruktion", "delegationsnyhet")}
DOC_IDS |= {f"w57-b-{name}" for name in (
    "forum-1", "forum-2", "forum-3", "forum-n1", "serie-1", "serie-2", "serie-n1", "och-1",
    "och-2", "och-3", "och-n1", "av-1", "av-n1", "tal-1", "tal-2", "tal-n1",
)}
DOC_IDS |= {f"w57-c-{name}" for name in (
    "teknisk", "social", "siffror", "utan", "om-1", "om-2", "om-3", "om-4", "om-n1", "samt-1",
    "samt-2", "samt-3", "samt-n1", "delegat-1", "delegat-2", "delegat-3", "delegat-n1",
)}
DOC_IDS |= {f"w57-a-{name}" for name in (
    "konj-1", "konj-2", "konj-3", "konj-n1", "villkor-1", "villkor-2", "villkor-n1", "ratt-1",
    "ratt-2", "ratt-3", "ratt-n1", "setill-1", "setill-2", "setill-n1", "parti-1", "parti-2",
    "parti-3", "parti-4", "parti-n1", "parti-n2",
)}
DOC_IDS |= {f"w57-f-{name}" for name in (
    "att-1", "att-2", "att-3", "att-4", "att-5", "att-6", "att-n1", "att-n2", "finns-1",
    "finns-2", "finns-3", "finns-n1", "serie-1", "serie-2", "serie-n1", "var-1", "var-2",
    "var-3", "var-n1", "gen-1", "gen-2", "gen-n1",
)}
DOC_IDS |= {f"w57-z-{name}" for name in ("samverkan", "delegationsordning", "sastyrs",
                                         "forvaltningschef", "vattennyhet", "arbetsordning")}
DOC_IDS |= {f"w57-h-{name}" for name in (
    "serie-1", "serie-2", "serie-n1", "och-1", "och-2", "och-n1", "tal-1", "tal-2", "tal-n1",
    "forum-1", "forum-2", "forum-n1",
)}
DOC_IDS |= {f"w58-a-{name}" for name in (
    *(f"v2-{n}" for n in range(1, 12)), "v2-n1", *(f"roll-{n}" for n in range(1, 10)),
    "roll-n1", *(f"distr-{n}" for n in range(1, 10)), "distr-n1",
    *(f"namn-{n}" for n in range(1, 10)), "namn-n1",
)}
DOC_IDS |= {f"w58-f-{name}" for name in (
    "ins-1", "ins-2", "ins-3", "ins-4", "ins-5", "ins-6", "ins-7", "ins-8", "ins-n1", "ins-n2",
    "v1-1", "v1-2", "v1-3", "v1-4", "v1-5", "v1-6", "v1-7", "v1-8", "v1-n1", "som-1", "som-2",
    "som-3", "som-4", "som-5", "som-6", "som-7", "som-n1", "vice-1", "vice-2", "vice-3",
    "vice-4", "vice-5", "vice-n1", "pass-1", "pass-2", "pass-3", "pass-4", "pass-n1", "lista",
    "ordf",
)}
DOC_IDS |= {f"w58-e-{name}" for name in (
    "alias-1", "alias-2", "alias-3", "alias-4", "alias-n1", "alias-n2", "skr-1", "skr-2",
    "skr-n1", "v2-1", "v2-2", "v2-3", "v2-4", "v2-n1", "vikt-1", "vikt-2", "vikt-3", "vikt-4",
    "vikt-n1", "antal-1", "antal-2", "antal-3", "antal-n1", "bolag-1", "bolag-2", "bolag-3",
    "bolag-n1", "region-1", "region-2", "region-n1",
)}
DOC_IDS |= {f"w57-e-{name}" for name in (
    "roll-1", "roll-2", "roll-3", "roll-4", "roll-5", "roll-n1", "syfte-1", "syfte-2", "syfte-3",
    "syfte-n1", "adj-1", "adj-2", "adj-3", "adj-n1", "pp-1", "pp-2", "pp-3", "pp-n1", "sup-1",
    "sup-2", "klaus-1", "klaus-2",
)}
DOC_IDS |= {f"w58-g-{name}" for name in (
    *(f"gap-{n}" for n in range(1, 8)), "gap-n1", "gap-n2", "gap-n3",
)}
DOC_IDS |= {f"w57-d-{name}" for name in ("ledning", "moten", "arenden")}
DOC_IDS |= {f"w58-d-{name}" for name in (
    "proto-vid", "proto-motion", "proto-fran", "proto-enligt", "proto-kort", "proto-n1",
    "titel-vd", "titel-paragraf", "titel-n1", "media",
)}
DOC_IDS |= {f"w57-j-{name}" for name in (
    "pp-1", "pp-2", "pp-3", "pp-4", "pp-5", "pp-6", "pp-n1", "pp-n2", "distr-1", "distr-2",
    "distr-3", "distr-4", "distr-5", "distr-6", "distr-n1", "tal-1", "tal-2", "tal-3", "tal-4",
    "tal-n1", "som-1", "som-2", "som-3", "som-4", "som-n1", "v2-1", "v2-2", "v2-3", "v2-4",
    "v2-n1", "roll-1", "roll-2", "roll-3", "roll-4",
)}
DOC_IDS |= {f"w57-i-{name}" for name in (
    "styrelse", "namnder", "roller", "personal", "arbete", "moten")}
DOC_IDS |= {f"w58-b-{name}" for name in (
    "radsida", "rfh", "lonenamnd", "valnamnd", "rad-1", "rad-2", "rad-3", "rad-4", "rad-5",
    "rad-n1", "rad-n2", "task-1", "task-2", "task-3", "task-4", "task-5", "task-n1", "gem-1",
    "gem-2", "gem-3", "gem-4", "gem-n1", "rorelse-1", "rorelse-2", "rorelse-3", "rorelse-4",
    "rorelse-5", "rorelse-6", "rorelse-n1", "rorelse-n2", "rorelse-n3",
)}
DOC_IDS |= {f"w57-y-{name}" for name in ("kommundirektor", "arbetsordning", "reglemente",
                                         "delegering", "regionledning", "forbundsordning")}
DOC_IDS |= {f"w58-c-{name}" for name in (
    "lista-1", "lista-2", "lista-3", "lista-4", "lista-5", "lista-6", "lista-7", "lista-n1",
    "lista-n2", "lista-n3", "glue-1", "glue-2", "glue-3", "ansvar-1", "ansvar-2", "ansvar-3",
    "ansvar-4", "ansvar-5", "ansvar-6", "ansvar-n1", "serie-1", "serie-2", "serie-3", "serie-4",
    "serie-5", "serie-n1", "varsin-1", "varsin-2", "varsin-3", "varsin-4", "varsin-5",
    "varsin-n1",
)}
DOC_IDS |= {f"w58-y-{name}" for name in ("kommundirektor", "vdinstruktion", "reglemente",
                                         "delegationsordning", "arbetsordning", "ansvar")}
DOC_IDS |= {f"w58-z-{name}" for name in ("webbsida", "pdfinstruktion", "paragrafer",
                                         "villkor", "bolag", "internkontroll")}

STATEMENT_KEYS = {
    "actor",
    "actor_text",
    "deontic",
    "modal",
    "aim",
    "aim_text",
    "negated",
    "passive",
    "object_text",
    "condition_text",
}

COUNTED = ("clauses", "ACTOR", "VERB", "CONDITION", "statements")

Record = dict[str, Any]


def load(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_spans(rec: Record, where: str) -> list[str]:
    errors: list[str] = []
    text: str = rec["text"]
    for span in rec["spans"]:
        start, end, label = span["start"], span["end"], span["label"]
        if not (0 <= start < end <= len(text)):
            errors.append(f"{where}: span offsets out of range {span}")
            continue
        if text[start:end] != span["text"]:
            errors.append(f"{where}: text[{start}:{end}]={text[start:end]!r} != {span['text']!r}")
        if label not in LABELS:
            errors.append(f"{where}: unknown label {label!r}")
        if label == "ACTOR":
            if span.get("category") not in CATEGORIES:
                errors.append(f"{where}: unknown category {span.get('category')!r}")
            if "role" in span and span["role"] not in ROLES:
                errors.append(f"{where}: unknown role {span['role']!r}")
            canonical = span.get("canonical")
            if not canonical or canonical != canonical.lower():
                errors.append(f"{where}: canonical must be non-empty lowercase: {canonical!r}")
        elif label == "VERB":
            if not span.get("lemma") or span["lemma"] != span["lemma"].lower():
                errors.append(f"{where}: bad lemma {span.get('lemma')!r}")
            if span.get("tense") not in TENSES:
                errors.append(f"{where}: unknown tense {span.get('tense')!r}")
            if span.get("voice") not in VOICES:
                errors.append(f"{where}: unknown voice {span.get('voice')!r}")
    same_layer: dict[str, list[tuple[int, int]]] = {}
    for span in rec["spans"]:
        same_layer.setdefault(span["label"], []).append((span["start"], span["end"]))
    for label, offsets in same_layer.items():
        offsets.sort()
        for (_, end_a), (start_b, _) in zip(offsets, offsets[1:], strict=False):
            if start_b < end_a:
                errors.append(f"{where}: overlapping {label} spans")
    return errors


def lead_in_chain(by_key: dict[tuple[str, str], Record], doc_id: str, parent: str) -> list[Record]:
    """A list item's lead-in, and past a list item that states nothing the lead-ins above it:
    a sub-item of an item without a statement inherits from the nearest lead-in (§5.1). A
    parent_id cycle (a broken gold file) ends the chain where it comes round again."""
    chain: list[Record] = []
    key = (doc_id, parent)
    seen: set[tuple[str, str]] = set()
    while key in by_key and key not in seen:
        seen.add(key)
        lead_in = by_key[key]
        chain.append(lead_in)
        if lead_in["meta"]["kind"] != "list_item" or lead_in["statements"]:
            break
        key = (doc_id, lead_in["meta"]["parent_id"])
    return chain


def check_statements(rec: Record, lead_ins: list[Record], where: str) -> list[str]:
    errors: list[str] = []
    pool = [rec, *lead_ins]
    actors = {s["canonical"] for r in pool for s in r["spans"] if s["label"] == "ACTOR"}
    actor_texts = {s["text"] for r in pool for s in r["spans"] if s["label"] == "ACTOR"}
    verb_texts = {s["text"] for r in pool for s in r["spans"] if s["label"] == "VERB"}
    cond_texts = {s["text"] for s in rec["spans"] if s["label"] == "CONDITION"}
    for st in rec["statements"]:
        if set(st) != STATEMENT_KEYS:
            errors.append(f"{where}: statement keys {sorted(st)}")
            continue
        if st["deontic"] not in DEONTICS:
            errors.append(f"{where}: unknown deontic {st['deontic']!r}")
        if st["actor"] is None:
            if st["actor_text"] is not None or not st["passive"]:
                errors.append(f"{where}: an implicit actor needs actor_text null, passive true")
        elif st["actor"] not in actors:
            errors.append(f"{where}: statement actor {st['actor']!r} not among ACTOR canonicals")
        elif st["actor_text"] not in actor_texts:
            errors.append(f"{where}: actor_text {st['actor_text']!r} is not an ACTOR span")
        if st["aim_text"] not in verb_texts:
            errors.append(f"{where}: aim_text {st['aim_text']!r} is not a VERB span")
        if (st["deontic"] == "none") != (st["modal"] is None):
            errors.append(f"{where}: modal must be null exactly when deontic is none")
        if st["deontic"] == "prohibition" and not st["negated"]:
            errors.append(f"{where}: prohibition must be negated")
        if not isinstance(st["negated"], bool) or not isinstance(st["passive"], bool):
            errors.append(f"{where}: negated/passive must be bool")
        if st["object_text"] is not None and st["object_text"] not in rec["text"]:
            errors.append(f"{where}: object_text not in text: {st['object_text']!r}")
        if st["condition_text"] is not None and st["condition_text"] not in cond_texts:
            errors.append(f"{where}: condition_text is not a CONDITION span")
    return errors


def check_file(path: Path) -> tuple[list[str], Counter[str]]:
    errors: list[str] = []
    counts: Counter[str] = Counter()
    records = load(path)
    by_key: dict[tuple[str, str], Record] = {}
    for rec in records:
        meta = rec["meta"]
        key = (meta["doc_id"], meta["clause_id"])
        if key in by_key:
            errors.append(f"{path.name}: duplicate clause id {key}")
        by_key[key] = rec
    previous: dict[str, Record] = {}  # the clause before, per document
    for rec in records:
        meta = rec["meta"]
        where = f"{path.name}:{meta['doc_id']}:{meta['clause_id']}"
        known = meta["doc_id"] in DOC_IDS or meta["doc_id"].startswith("real-")
        if not known and meta["doc_id"] != path.stem:  # a test document is named by its doc id
            errors.append(f"{where}: unknown doc_id")
        if meta["kind"] not in KINDS:
            errors.append(f"{where}: unknown kind {meta['kind']!r}")
        if rec["text"] != rec["text"].strip() or "  " in rec["text"]:
            errors.append(f"{where}: text not normalised")
        parent = meta["parent_id"]
        lead_ins: list[Record] = []
        if parent is not None:
            if (meta["doc_id"], parent) not in by_key:
                errors.append(f"{where}: parent {parent!r} missing")
            elif meta["kind"] == "list_item":
                lead_ins = lead_in_chain(by_key, meta["doc_id"], parent)
        if not lead_ins and meta["kind"] != "list_item" and meta["doc_id"] in previous:
            # a unit's name just above its subjectless description (annotation.md §5.1)
            lead_ins = [previous[meta["doc_id"]]]
        previous[meta["doc_id"]] = rec
        errors += check_spans(rec, where)
        errors += check_statements(rec, lead_ins, where)
        counts["clauses"] += 1
        for span in rec["spans"]:
            counts[span["label"]] += 1
        counts["statements"] += len(rec["statements"])
        for st in rec["statements"]:
            counts[f"deontic:{st['deontic']}"] += 1
    return errors, counts


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    paths = [Path(a) for a in argv] or sorted((here / "dev").glob("*.jsonl"))
    all_errors: list[str] = []
    total: Counter[str] = Counter()
    for path in paths:
        errors, counts = check_file(path)
        all_errors += errors
        total += counts
        layers = ", ".join(f"{k}={counts[k]}" for k in COUNTED)
        deo = sorted((k[8:], v) for k, v in counts.items() if k.startswith("deontic:"))
        deontic = ", ".join(f"{k}={v}" for k, v in deo)
        print(f"{path.name}: {layers}\n    deontic: {deontic}")
    print("TOTAL: " + ", ".join(f"{k}={total[k]}" for k in COUNTED))
    for err in all_errors:
        print("ERROR", err)
    print("OK" if not all_errors else f"{len(all_errors)} error(s)")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
