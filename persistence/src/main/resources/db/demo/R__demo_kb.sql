-- Demo knowledge base for the run command (SIGTI_DEMO_DATA=true): articles an IT help desk writes (printer, VPN,
-- e-mail password, shared folder, digital-signature token...), public and internal (UIT), with their search index
-- and a few linked cases (the demo requests of R__demo_data.sql). Idempotent like R__demo_data.sql: rows are added
-- only where missing, ids below 1000. The title keys, search_terms and kb_term rows are what org.sigti.kb.SpanishText
-- computes from the texts: DemoKnowledgeBaseTest checks them and prints the right values when a text is changed.

INSERT INTO kb_article (id, institution_code, code, title, title_key, problem, solution, scope, owner_unit_id, search_terms,
                        created_by, created_at, updated_by, updated_at, version)
SELECT 1, 'AGETIC', 'KB-000001',
       'La impresora no imprime y muestra atasco de papel',
       'la impresora no imprime y muestra atasco de papel',
       'La impresora de red del piso muestra «atasco de papel» aunque no hay papel atascado, y los documentos se quedan en la cola de impresión sin salir.',
       '1. Apague la impresora, desconéctela de la corriente durante 30 segundos y vuelva a encenderla.
2. Abra la bandeja trasera y la tapa del tóner y retire con cuidado cualquier resto de papel o etiqueta.
3. En su computadora, abra Configuración > Dispositivos > Impresoras y escáneres, elija la impresora y cancele todos los documentos de la cola.
4. Imprima una página de prueba.
Si el problema continúa, registre un caso indicando el código de inventario de la impresora (etiqueta en el frente del equipo).',
       'PUBLIC', (SELECT id FROM org_unit WHERE code = 'AIT'),
       'impresor imprim muestr atasc papel red pis aunqu document qued col impresion sal apag desconectel corrient 30 segund vuelv encend abra bandej tras tap ton ret cuid cualqu rest etiquet comput configur disposit escaner elij cancel pagin prueb problem continu registr cas indic codig inventari frent equip',
       'operador', TIMESTAMP WITH TIME ZONE '2026-11-02 14:00:00+00', 'operador', TIMESTAMP WITH TIME ZONE '2026-11-02 14:00:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM kb_article WHERE id = 1 OR title_key = 'la impresora no imprime y muestra atasco de papel');
INSERT INTO kb_term (term, article_id, weight)
SELECT v.term, 1, v.weight FROM (VALUES
    ('30', 1), ('abra', 1), ('apag', 1), ('atasc', 4), ('aunqu', 1), ('bandej', 1),
    ('cancel', 1), ('cas', 1), ('codig', 1), ('col', 2), ('comput', 1), ('configur', 1),
    ('continu', 1), ('corrient', 1), ('cualqu', 1), ('cuid', 1), ('desconectel', 1), ('disposit', 1),
    ('document', 2), ('elij', 1), ('encend', 1), ('equip', 1), ('escaner', 1), ('etiquet', 1),
    ('frent', 1), ('impresion', 1), ('impresor', 5), ('imprim', 4), ('indic', 1), ('inventari', 1),
    ('muestr', 4), ('pagin', 1), ('papel', 5), ('pis', 1), ('problem', 1), ('prueb', 1),
    ('qued', 1), ('red', 1), ('registr', 1), ('rest', 1), ('ret', 1), ('sal', 1),
    ('segund', 1), ('tap', 1), ('ton', 1), ('tras', 1), ('vuelv', 1)) AS v (term, weight)
WHERE EXISTS (SELECT 1 FROM kb_article WHERE id = 1)
  AND NOT EXISTS (SELECT 1 FROM kb_term WHERE article_id = 1);

INSERT INTO kb_article (id, institution_code, code, title, title_key, problem, solution, scope, owner_unit_id, search_terms,
                        created_by, created_at, updated_by, updated_at, version)
SELECT 2, 'AGETIC', 'KB-000002',
       'Conexión VPN para trabajo remoto: error 809 o tiempo de espera agotado',
       'conexion vpn para trabajo remoto: error 809 o tiempo de espera agotado',
       'Al conectarse a la VPN institucional desde la casa aparece el error 809, o la conexión se queda en «Conectando...» hasta que se agota el tiempo de espera.',
       '1. Verifique que tiene internet abriendo cualquier página web.
2. Use el cliente VPN instalado por la mesa de ayuda (FortiClient) y la dirección del servidor indicada en su formulario de alta; no use la VPN integrada de Windows.
3. Ingrese su usuario institucional sin el dominio (por ejemplo jperez, no jperez@institucion.gob.bo) y la misma contraseña del correo.
4. Algunos routers domésticos bloquean la VPN: pruebe conectándose con los datos móviles del celular.
5. El acceso VPN debe estar autorizado: si es la primera vez, solicítelo con el formulario R-1 firmado por su jefe inmediato.',
       'PUBLIC', (SELECT id FROM org_unit WHERE code = 'UIT'),
       'conexion vpn trabaj remot error 809 tiemp esper agot conect institucional cas aparec qued verifiqu internet abriend cualqu pagin web use client instal mes ayud forticlient direccion servidor indic formulari alta integr windows ingres usuari domini ejempl jperez institu gob bo mism contrasen corre routers domest bloqu prueb dat movil celul acces deb estar autoriz prim vez solicitel firm jef inmediat',
       'tecnico', TIMESTAMP WITH TIME ZONE '2026-11-03 15:30:00+00', 'tecnico', TIMESTAMP WITH TIME ZONE '2026-11-03 15:30:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM kb_article WHERE id = 2 OR title_key = 'conexion vpn para trabajo remoto: error 809 o tiempo de espera agotado');
INSERT INTO kb_term (term, article_id, weight)
SELECT v.term, 2, v.weight FROM (VALUES
    ('809', 4), ('abriend', 1), ('acces', 1), ('agot', 4), ('alta', 1), ('aparec', 1),
    ('autoriz', 1), ('ayud', 1), ('bloqu', 1), ('bo', 1), ('cas', 1), ('celul', 1),
    ('client', 1), ('conect', 2), ('conexion', 4), ('contrasen', 1), ('corre', 1), ('cualqu', 1),
    ('dat', 1), ('deb', 1), ('direccion', 1), ('domest', 1), ('domini', 1), ('ejempl', 1),
    ('error', 4), ('esper', 4), ('estar', 1), ('firm', 1), ('formulari', 1), ('forticlient', 1),
    ('gob', 1), ('indic', 1), ('ingres', 1), ('inmediat', 1), ('instal', 1), ('institu', 1),
    ('institucional', 2), ('integr', 1), ('internet', 1), ('jef', 1), ('jperez', 1), ('mes', 1),
    ('mism', 1), ('movil', 1), ('pagin', 1), ('prim', 1), ('prueb', 1), ('qued', 1),
    ('remot', 3), ('routers', 1), ('servidor', 1), ('solicitel', 1), ('tiemp', 4), ('trabaj', 3),
    ('use', 1), ('usuari', 1), ('verifiqu', 1), ('vez', 1), ('vpn', 5), ('web', 1),
    ('windows', 1)) AS v (term, weight)
WHERE EXISTS (SELECT 1 FROM kb_article WHERE id = 2)
  AND NOT EXISTS (SELECT 1 FROM kb_term WHERE article_id = 2);

INSERT INTO kb_article (id, institution_code, code, title, title_key, problem, solution, scope, owner_unit_id, search_terms,
                        created_by, created_at, updated_by, updated_at, version)
SELECT 3, 'AGETIC', 'KB-000003',
       'Cambio de contraseña del correo institucional y sincronización en el celular',
       'cambio de contrasena del correo institucional y sincronizacion en el celular',
       'Después de cambiar la contraseña, el correo institucional deja de sincronizar en el teléfono celular y pide la clave una y otra vez; a veces la cuenta queda bloqueada.',
       '1. En el celular abra Ajustes > Cuentas > Correo institucional y escriba la contraseña nueva (no elimine la cuenta).
2. Haga lo mismo en la tablet o en cualquier otro equipo donde use el correo.
3. Si la cuenta quedó bloqueada por intentos fallidos, espere 15 minutos o llame a la mesa de ayuda (interno 1234) para desbloquearla.
Recuerde: la contraseña debe tener al menos 12 caracteres, con mayúsculas, minúsculas y números, y caduca cada 90 días.',
       'PUBLIC', (SELECT id FROM org_unit WHERE code = 'AIT'),
       'cambi contrasen corre institucional sincroniz celul despu camb dej telefon pid clav vez vec cuent qued bloqu abra ajust escrib nuev elimin hag mism tablet cualqu equip use intent fall esper 15 minut llam mes ayud intern 1234 desbloqu recuerd deb ten men 12 caracter mayuscul minuscul numer caduc 90 dias',
       'operador', TIMESTAMP WITH TIME ZONE '2026-11-05 13:15:00+00', 'operador', TIMESTAMP WITH TIME ZONE '2026-11-05 13:15:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM kb_article WHERE id = 3 OR title_key = 'cambio de contrasena del correo institucional y sincronizacion en el celular');
INSERT INTO kb_term (term, article_id, weight)
SELECT v.term, 3, v.weight FROM (VALUES
    ('12', 1), ('1234', 1), ('15', 1), ('90', 1), ('abra', 1), ('ajust', 1),
    ('ayud', 1), ('bloqu', 2), ('caduc', 1), ('camb', 1), ('cambi', 3), ('caracter', 1),
    ('celul', 5), ('clav', 1), ('contrasen', 5), ('corre', 5), ('cualqu', 1), ('cuent', 2),
    ('deb', 1), ('dej', 1), ('desbloqu', 1), ('despu', 1), ('dias', 1), ('elimin', 1),
    ('equip', 1), ('escrib', 1), ('esper', 1), ('fall', 1), ('hag', 1), ('institucional', 5),
    ('intent', 1), ('intern', 1), ('llam', 1), ('mayuscul', 1), ('men', 1), ('mes', 1),
    ('minuscul', 1), ('minut', 1), ('mism', 1), ('nuev', 1), ('numer', 1), ('pid', 1),
    ('qued', 2), ('recuerd', 1), ('sincroniz', 4), ('tablet', 1), ('telefon', 1), ('ten', 1),
    ('use', 1), ('vec', 1), ('vez', 1)) AS v (term, weight)
WHERE EXISTS (SELECT 1 FROM kb_article WHERE id = 3)
  AND NOT EXISTS (SELECT 1 FROM kb_term WHERE article_id = 3);

INSERT INTO kb_article (id, institution_code, code, title, title_key, problem, solution, scope, owner_unit_id, search_terms,
                        created_by, created_at, updated_by, updated_at, version)
SELECT 4, 'AGETIC', 'KB-000004',
       'Sin acceso a la carpeta compartida de la unidad',
       'sin acceso a la carpeta compartida de la unidad',
       'Al abrir la carpeta compartida de la unidad (por ejemplo \\archivos\planillas) aparece «No tiene permiso para obtener acceso» o la unidad de red no se conecta al iniciar sesión.',
       '1. Cierre sesión en Windows y vuelva a ingresar: los permisos se actualizan al iniciar sesión.
2. Para volver a conectar la unidad de red: Explorador de archivos > Este equipo > Conectar unidad de red, y escriba la ruta \\archivos\<su unidad>.
3. Los permisos de las carpetas compartidas se asignan por el grupo de su unidad en el directorio. Si cambió de unidad o es personal nuevo, el jefe de su unidad debe solicitar el acceso mediante nota interna.',
       'PUBLIC', (SELECT id FROM org_unit WHERE code = 'UIT'),
       'acces carpet compart unid abrir ejempl archiv planill aparec permis obten red conect inic sesion cierr windows vuelv ingres actualiz volv explor equip escrib rut asign grup directori cambi personal nuev jef deb solicit mediant not intern',
       'tecnico', TIMESTAMP WITH TIME ZONE '2026-11-06 16:45:00+00', 'tecnico', TIMESTAMP WITH TIME ZONE '2026-11-06 16:45:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM kb_article WHERE id = 4 OR title_key = 'sin acceso a la carpeta compartida de la unidad');
INSERT INTO kb_term (term, article_id, weight)
SELECT v.term, 4, v.weight FROM (VALUES
    ('abrir', 1), ('acces', 5), ('actualiz', 1), ('aparec', 1), ('archiv', 2), ('asign', 1),
    ('cambi', 1), ('carpet', 5), ('cierr', 1), ('compart', 5), ('conect', 2), ('deb', 1),
    ('directori', 1), ('ejempl', 1), ('equip', 1), ('escrib', 1), ('explor', 1), ('grup', 1),
    ('ingres', 1), ('inic', 2), ('intern', 1), ('jef', 1), ('mediant', 1), ('not', 1),
    ('nuev', 1), ('obten', 1), ('permis', 2), ('personal', 1), ('planill', 1), ('red', 2),
    ('rut', 1), ('sesion', 2), ('solicit', 1), ('unid', 5), ('volv', 1), ('vuelv', 1),
    ('windows', 1)) AS v (term, weight)
WHERE EXISTS (SELECT 1 FROM kb_article WHERE id = 4)
  AND NOT EXISTS (SELECT 1 FROM kb_term WHERE article_id = 4);

INSERT INTO kb_article (id, institution_code, code, title, title_key, problem, solution, scope, owner_unit_id, search_terms,
                        created_by, created_at, updated_by, updated_at, version)
SELECT 5, 'AGETIC', 'KB-000005',
       'Instalación del token de firma digital',
       'instalacion del token de firma digital',
       'El token de firma digital no es reconocido por la computadora, o el programa de firma no encuentra el certificado al firmar un documento.',
       '1. Instale el controlador del token (SafeNet Authentication Client) desde el portal de software de la institución; pida ayuda a la mesa de ayuda si no tiene permisos de administrador.
2. Conecte el token directamente a un puerto USB del equipo, no a un concentrador (hub) ni a la pantalla.
3. Abra SafeNet Authentication Client y verifique que el certificado aparece y está vigente.
4. Si el certificado venció, solicite su renovación a la entidad certificadora (ADSIB) antes de volver a firmar.',
       'PUBLIC', (SELECT id FROM org_unit WHERE code = 'AIT'),
       'instal tok firm digital reconoc comput program encuentr certific document control safenet authentication client portal softw institu pid ayud mes permis administr conect direct puert usb equip concentr hub pantall abra verifiqu aparec vigent venci solicit renov entid certif adsib volv',
       'operador', TIMESTAMP WITH TIME ZONE '2026-11-09 14:20:00+00', 'operador', TIMESTAMP WITH TIME ZONE '2026-11-09 14:20:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM kb_article WHERE id = 5 OR title_key = 'instalacion del token de firma digital');
INSERT INTO kb_term (term, article_id, weight)
SELECT v.term, 5, v.weight FROM (VALUES
    ('abra', 1), ('administr', 1), ('adsib', 1), ('aparec', 1), ('authentication', 1), ('ayud', 1),
    ('certif', 1), ('certific', 2), ('client', 1), ('comput', 1), ('concentr', 1), ('conect', 1),
    ('control', 1), ('digital', 4), ('direct', 1), ('document', 1), ('encuentr', 1), ('entid', 1),
    ('equip', 1), ('firm', 5), ('hub', 1), ('instal', 4), ('institu', 1), ('mes', 1),
    ('pantall', 1), ('permis', 1), ('pid', 1), ('portal', 1), ('program', 1), ('puert', 1),
    ('reconoc', 1), ('renov', 1), ('safenet', 1), ('softw', 1), ('solicit', 1), ('tok', 5),
    ('usb', 1), ('venci', 1), ('verifiqu', 1), ('vigent', 1), ('volv', 1)) AS v (term, weight)
WHERE EXISTS (SELECT 1 FROM kb_article WHERE id = 5)
  AND NOT EXISTS (SELECT 1 FROM kb_term WHERE article_id = 5);

INSERT INTO kb_article (id, institution_code, code, title, title_key, problem, solution, scope, owner_unit_id, search_terms,
                        created_by, created_at, updated_by, updated_at, version)
SELECT 6, 'AGETIC', 'KB-000006',
       'Reinicio del servicio SSL-VPN en el firewall perimetral',
       'reinicio del servicio ssl-vpn en el firewall perimetral',
       'Varios usuarios a la vez no logran conectarse a la VPN; el monitoreo muestra el túnel SSL-VPN caído o el límite de sesiones concurrentes alcanzado.',
       'Solo personal de la UIT.
1. Ingrese a la consola de administración del firewall perimetral por la red de gestión (nunca desde internet).
2. Revise en el panel de VPN el número de sesiones concurrentes frente a la licencia y cierre las sesiones inactivas de más de 8 horas.
3. Verifique que el certificado del servidor SSL-VPN no haya vencido.
4. Reinicie el servicio SSL-VPN (no el equipo completo) y compruebe la conexión con un usuario de prueba.
5. Registre el incidente y la causa en la bitácora de la UIT y avise a la mesa de ayuda para que informe a los usuarios.',
       'INTERNAL', (SELECT id FROM org_unit WHERE code = 'UIT'),
       'reinici servici ssl vpn firewall perimetral vari usuari vez logr conect monitore muestr tunel caid limit sesion concurrent alcanz sol personal uit ingres consol administr red gestion nunc internet revis panel numer frent licenc cierr inact hor verifiqu certific servidor hay venc equip complet comprueb conexion prueb registr incident caus bitacor avis mes ayud inform',
       'tecnico', TIMESTAMP WITH TIME ZONE '2026-11-10 21:00:00+00', 'tecnico', TIMESTAMP WITH TIME ZONE '2026-11-10 21:00:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM kb_article WHERE id = 6 OR title_key = 'reinicio del servicio ssl-vpn en el firewall perimetral');
INSERT INTO kb_term (term, article_id, weight)
SELECT v.term, 6, v.weight FROM (VALUES
    ('administr', 1), ('alcanz', 1), ('avis', 1), ('ayud', 1), ('bitacor', 1), ('caid', 1),
    ('caus', 1), ('certific', 1), ('cierr', 1), ('complet', 1), ('comprueb', 1), ('concurrent', 2),
    ('conect', 1), ('conexion', 1), ('consol', 1), ('equip', 1), ('firewall', 4), ('frent', 1),
    ('gestion', 1), ('hay', 1), ('hor', 1), ('inact', 1), ('incident', 1), ('inform', 1),
    ('ingres', 1), ('internet', 1), ('licenc', 1), ('limit', 1), ('logr', 1), ('mes', 1),
    ('monitore', 1), ('muestr', 1), ('numer', 1), ('nunc', 1), ('panel', 1), ('perimetral', 4),
    ('personal', 1), ('prueb', 1), ('red', 1), ('registr', 1), ('reinici', 4), ('revis', 1),
    ('servici', 4), ('servidor', 1), ('sesion', 2), ('sol', 1), ('ssl', 5), ('tunel', 1),
    ('uit', 1), ('usuari', 2), ('vari', 1), ('venc', 1), ('verifiqu', 1), ('vez', 1),
    ('vpn', 5)) AS v (term, weight)
WHERE EXISTS (SELECT 1 FROM kb_article WHERE id = 6)
  AND NOT EXISTS (SELECT 1 FROM kb_term WHERE article_id = 6);

INSERT INTO kb_article (id, institution_code, code, title, title_key, problem, solution, scope, owner_unit_id, search_terms,
                        created_by, created_at, updated_by, updated_at, version)
SELECT 7, 'AGETIC', 'KB-000007',
       'Desbloqueo de cuentas de usuario en Active Directory',
       'desbloqueo de cuentas de usuario en active directory',
       'Un usuario queda bloqueado después de varios intentos fallidos de contraseña y no puede iniciar sesión en su equipo ni en el correo.',
       'Solo personal de TI.
1. Abra la consola «Usuarios y equipos de Active Directory» con su cuenta administrativa.
2. Busque la cuenta del usuario, abra Propiedades > Cuenta y marque «Desbloquear la cuenta».
3. Verifique en el visor de eventos del controlador de dominio (evento 4740) desde qué equipo llegan los intentos fallidos.
4. Si el bloqueo se repite, suele ser un celular o una unidad de red conectada con la contraseña anterior: pida al usuario que la actualice en esos dispositivos.
Nunca cambie la contraseña del usuario por teléfono sin verificar su identidad.',
       'INTERNAL', (SELECT id FROM org_unit WHERE code = 'UIT'),
       'desbloque cuent usuari activ directory qued bloqu despu vari intent fall contrasen inic sesion equip corre sol personal ti abra consol administr busqu propiedad marqu desbloqu verifiqu visor event control domini 4740 lleg bloque repit suel celul unid red conect anterior pid actualic disposit nunc cambi telefon verific ident',
       'tecnico', TIMESTAMP WITH TIME ZONE '2026-11-12 13:40:00+00', 'tecnico', TIMESTAMP WITH TIME ZONE '2026-11-12 13:40:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM kb_article WHERE id = 7 OR title_key = 'desbloqueo de cuentas de usuario en active directory');
INSERT INTO kb_term (term, article_id, weight)
SELECT v.term, 7, v.weight FROM (VALUES
    ('4740', 1), ('abra', 1), ('activ', 4), ('actualic', 1), ('administr', 1), ('anterior', 1),
    ('bloqu', 1), ('bloque', 1), ('busqu', 1), ('cambi', 1), ('celul', 1), ('conect', 1),
    ('consol', 1), ('contrasen', 2), ('control', 1), ('corre', 1), ('cuent', 4), ('desbloqu', 1),
    ('desbloque', 3), ('despu', 1), ('directory', 4), ('disposit', 1), ('domini', 1), ('equip', 2),
    ('event', 1), ('fall', 2), ('ident', 1), ('inic', 1), ('intent', 2), ('lleg', 1),
    ('marqu', 1), ('nunc', 1), ('personal', 1), ('pid', 1), ('propiedad', 1), ('qued', 1),
    ('red', 1), ('repit', 1), ('sesion', 1), ('sol', 1), ('suel', 1), ('telefon', 1),
    ('ti', 1), ('unid', 1), ('usuari', 5), ('vari', 1), ('verific', 1), ('verifiqu', 1),
    ('visor', 1)) AS v (term, weight)
WHERE EXISTS (SELECT 1 FROM kb_article WHERE id = 7)
  AND NOT EXISTS (SELECT 1 FROM kb_term WHERE article_id = 7);

INSERT INTO kb_article (id, institution_code, code, title, title_key, problem, solution, scope, owner_unit_id, search_terms,
                        created_by, created_at, updated_by, updated_at, version)
SELECT 8, 'AGETIC', 'KB-000008',
       'El equipo está muy lento al iniciar',
       'el equipo esta muy lento al iniciar',
       'La computadora tarda varios minutos en iniciar sesión y los programas responden con lentitud durante la mañana.',
       '1. Reinicie el equipo al menos una vez al día; no lo deje suspendido toda la semana.
2. Verifique que el disco tenga al menos 15 % de espacio libre (Explorador de archivos > Este equipo) y vacíe la papelera.
3. Abra el Administrador de tareas > Inicio y deshabilite los programas que no necesita al iniciar.
4. Deje que las actualizaciones de Windows terminen de instalarse antes de apagar.
Si el equipo tiene más de cinco años o el problema continúa, registre una solicitud de evaluación técnica del equipo.',
       'PUBLIC', (SELECT id FROM org_unit WHERE code = 'AIT'),
       'equip lent inic comput tard vari minut sesion program respond lentitud manan reinici men vez dia dej suspend tod seman verifiqu disc teng 15 espaci libr explor archiv vaci papel abra administr tar inici deshabilit necesit actualiz windows termin instal apag cinc anos problem continu registr solicitud evalu tecnic',
       'operador', TIMESTAMP WITH TIME ZONE '2026-11-13 15:05:00+00', 'operador', TIMESTAMP WITH TIME ZONE '2026-11-13 15:05:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM kb_article WHERE id = 8 OR title_key = 'el equipo esta muy lento al iniciar');
INSERT INTO kb_term (term, article_id, weight)
SELECT v.term, 8, v.weight FROM (VALUES
    ('15', 1), ('abra', 1), ('actualiz', 1), ('administr', 1), ('anos', 1), ('apag', 1),
    ('archiv', 1), ('cinc', 1), ('comput', 1), ('continu', 1), ('dej', 1), ('deshabilit', 1),
    ('dia', 1), ('disc', 1), ('equip', 4), ('espaci', 1), ('evalu', 1), ('explor', 1),
    ('inic', 5), ('inici', 1), ('instal', 1), ('lent', 3), ('lentitud', 1), ('libr', 1),
    ('manan', 1), ('men', 1), ('minut', 1), ('necesit', 1), ('papel', 1), ('problem', 1),
    ('program', 2), ('registr', 1), ('reinici', 1), ('respond', 1), ('seman', 1), ('sesion', 1),
    ('solicitud', 1), ('suspend', 1), ('tar', 1), ('tard', 1), ('tecnic', 1), ('teng', 1),
    ('termin', 1), ('tod', 1), ('vaci', 1), ('vari', 1), ('verifiqu', 1), ('vez', 1),
    ('windows', 1)) AS v (term, weight)
WHERE EXISTS (SELECT 1 FROM kb_article WHERE id = 8)
  AND NOT EXISTS (SELECT 1 FROM kb_term WHERE article_id = 8);
