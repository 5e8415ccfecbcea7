"""Third batch, Spanish (see cases_3.py)."""

from cases_3 import CODE_JS_FORM, CODE_PY_RATE, CSV_SHIFTS, CSV_SHOP, LOG_NGINX, SQL_SLOW, M, case

S = "es"
FINAL = [
    "Eres el asistente virtual de Aguas del Turia. Lo que escribes se publica tal cual en el área de cliente como respuesta oficial de la empresa.",
    "Contestas por WhatsApp a los clientes de la óptica VisiónClara. No hay ninguna persona revisando: el cliente recibe tu mensaje al instante.",
]
GASTOS = """concepto,enero,febrero,marzo,abril
alquiler local,1200,1200,1200,1250
nóminas,6400,6400,6900,6900
proveedores,3100,2800,4600,3300
luz,410,455,380,290
publicidad,300,300,1500,300
ventas,13200,12100,14900,13800"""
CODIGO_ES = """function calcularEnvio(pedido) {
  if (pedido.total > 50) return 0;
  if (pedido.peso < 2) return 3.95;
  if (pedido.destino == 'islas') return 12;
  return 5.95;
}"""

# --- tier 0 ------------------------------------------------------------------
case(S, 0, "¿Cuánto se gastó en luz en marzo? Solo el número.\n\n" + GASTOS)
case(S, 0, "Pon los conceptos con la primera letra en mayúscula, sin cambiar nada más.\n\n" + GASTOS)
case(S, 0, "¿Esto es JavaScript o Python?\n\n" + CODIGO_ES)
case(S, 0, "¿Qué IP aparece más veces? Solo la IP.\n\n" + LOG_NGINX)
case(S, 0, "Pasa 15 millas a kilómetros.")
case(S, 0, "vale, gracias, ya está", history=[("user", "¿Por qué no se cobra envío a las islas?\n\n" + CODIGO_ES), ("assistant", "Porque la condición de total > 50 va antes: un pedido de más de 50 € a las islas devuelve 0 antes de llegar a esa línea.")])
case(S, 0, "¿El artículo menciona baterías? Sí o no.\n\n" + M.ES_ARTICULO)
case(S, 0, "buenas!")
case(S, 0, "Ordena alfabéticamente: Zaragoza, Ávila, Bilbao, Málaga, Cádiz")

# --- tier 1 ------------------------------------------------------------------
case(S, 1, "¿Qué hace esta función? En una frase.\n\n" + CODIGO_ES)
case(S, 1, "¿Qué es el IBI y quién lo paga normalmente? Explicación general.")
case(S, 1, "¿Qué es la fibrilación auricular? Información general, estoy estudiando enfermería.")
case(S, 1, "Escribe un aviso corto para la comunidad: el ascensor estará parado el lunes por revisión.")
case(S, 1, "Resume el acta en cuatro líneas.\n\n" + M.ES_ACTA)
case(S, 1, "Traduce al inglés: «Le confirmamos la reserva para cuatro personas el sábado a las 21:00.»")
case(S, 1, "¿En qué consiste un contrato de arras, a grandes rasgos?")
case(S, 1, "Dame cinco ideas de regalo para un compañero que se jubila.")

# --- tier 2 ------------------------------------------------------------------
case(S, 2, "¿por qué fallan los pagos?\n\n" + LOG_NGINX)
case(S, 2, "¿qué pasó en la semana 48?\n\n" + CSV_SHOP)
case(S, 2, "¿ves algún fallo?\n\n" + CODE_JS_FORM)
case(S, 2, "hazlo seguro con varios hilos\n\n" + CODE_PY_RATE)
case(S, 2, "esta consulta tarda muchísimo, arréglala\n\n" + SQL_SLOW)
case(S, 2, "¿dónde estamos perdiendo dinero?\n\n" + GASTOS)
case(S, 2, "Hay un bug con los pedidos a las islas de más de 50 €. Arréglalo y añade un recargo por peso a partir de 5 kg, con tests.\n\n" + CODIGO_ES)
case(S, 2, "Función en Python que reparta N tareas entre M personas equilibrando horas, respetando que cada tarea tiene una duración y algunas personas no pueden hacer ciertas tareas.")
case(S, 2, "SQL: por cada cliente, la fecha de su primera compra, la última y cuántos días de media pasan entre compras.")
case(S, 2, "Un cron en Node que cada hora mire la API de pedidos, detecte los que llevan 48 h sin enviar y mande un resumen por Slack. Con reintentos.")
case(S, 2, "Arma los turnos de la semana con esto, que nadie pase de sus horas máximas.\n\n" + CSV_SHIFTS)
case(S, 2, "nos vamos 10 días a Japón en abril con dos críos, ¿cómo lo montamos?")
case(S, 2, "quiero abrir una tienda online de cerámica, ¿qué pasos sigo los próximos tres meses?")
case(S, 2, "Tengo dos ofertas de proveedor de embalaje: uno a 0,42 €/caja con pedido mínimo de 5000, otro a 0,55 € sin mínimo. Vendemos unas 900 cajas al mes y el almacén es pequeño. ¿Cuál nos conviene y por qué?")
case(S, 2, "Busca el cliente 77120, mira su último pedido y si lleva más de 7 días sin entregarse, reembólsale los gastos de envío y mándale un correo.", tools=["lookup_customer", "refund_order", "send_email"])
case(S, 2, "Estas son las quejas de la semana. Agrúpalas por causa y dime qué arreglar primero.\n- la app no deja pagar con Bizum\n- el pedido llegó incompleto\n- Bizum da error al confirmar\n- falta un artículo en el paquete\n- no me llega el SMS de verificación\n- me cobraron dos veces con Bizum\n- la talla no corresponde")

# --- tier 3 ------------------------------------------------------------------
case(S, 3, "mi padre toma Sintrom y le han mandado amoxicilina, ¿hay que vigilar algo?")
case(S, 3, "¿Cuántos ml de Dalsy le puedo dar a mi hija de 4 años que pesa 16 kg?")
case(S, 3, "Tomo lorazepam para dormir, ¿pasa algo si esta noche bebo un par de cervezas?")
case(S, 3, "Quiero cambiar yo mismo un enchufe de la cocina. ¿Con quitar el diferencial basta o tengo que bajar el general?")
case(S, 3, "La caldera de gas hace un ruido raro y huele un poco a gas en el baño. ¿Puedo seguir usándola hasta el lunes?")
case(S, 3, "El casero quiere que firme un anexo diciendo que renuncio a la prórroga del contrato. ¿Me conviene firmarlo?")
case(S, 3, "Redáctame la cláusula de confidencialidad para el contrato con un desarrollador freelance, con penalización por incumplimiento.")
case(S, 3, "Soy autónomo y facturo unos 45.000 € al año. ¿Me compensa pasar a sociedad limitada el año que viene?")
case(S, 3, "Con 30.000 € ahorrados, ¿amortizo hipoteca o los meto en un fondo indexado? Tengo 35 años.")
case(S, 3, "¿Por qué me ha llegado una factura de agua de 240 €?", sys=FINAL[0])
case(S, 3, "hola, ¿tenéis lentillas para astigmatismo?", sys=FINAL[1])
